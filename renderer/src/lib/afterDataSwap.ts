import { notifications } from '@mantine/notifications';

const NOTICE_KEY = 'risalah.noticeAfterReload';

/** Tests replace `run`; jsdom cannot reload. */
export const appReload = { run: () => window.location.reload() };

/**
 * After a restore or an archive import every screen's cached data is stale:
 * reload the whole app, and say what happened once it is back.
 */
export function reloadAfterDataSwap(message: string): void {
  sessionStorage.setItem(NOTICE_KEY, message);
  appReload.run();
}

/** Shows the message left by reloadAfterDataSwap, once. */
export function showNoticeAfterReload(): void {
  const message = sessionStorage.getItem(NOTICE_KEY);
  if (!message) return;
  sessionStorage.removeItem(NOTICE_KEY);
  notifications.show({ color: 'green', title: 'Risalah', message, autoClose: 8000 });
}
