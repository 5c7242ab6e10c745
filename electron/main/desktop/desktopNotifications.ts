import { Notification } from 'electron';
import { join } from 'node:path';
import { createJsonFileStore } from './jsonFileStore';
import {
  createReminderNotifier,
  parseReminderState,
  type ReminderNotice,
  type ReminderNotifier,
} from './reminderNotifier';

/**
 * The reminders' desktop notification: once a day, clicking it brings the
 * window forward on Tindak Lanjut. Windows shows it only when the app has an
 * AppUserModelID (set in index.ts to the installer's appId).
 */
export function createDesktopReminderNotifier(userData: string, onClick: () => void): ReminderNotifier {
  const store = createJsonFileStore(join(userData, 'pengingat.json'), parseReminderState, () => ({
    lastNotifiedOn: null,
  }));
  const show = (notice: ReminderNotice) => {
    if (!Notification.isSupported()) return false;
    const notification = new Notification({ title: notice.title, body: notice.body });
    notification.on('click', onClick);
    notification.show();
    return true;
  };
  return createReminderNotifier(store, show);
}
