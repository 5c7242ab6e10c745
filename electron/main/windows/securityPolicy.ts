/**
 * Pure rules of the window security baseline, kept apart from Electron so they
 * can be tested under Node.
 */

/** Only web links leave the app, and only to the system browser. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

/** The renderer is loaded from the app's own files (or the dev server in development). */
export function isAppUrl(url: string, appEntryUrl: string): boolean {
  try {
    const target = new URL(url);
    const entry = new URL(appEntryUrl);
    if (entry.protocol === 'file:') return target.protocol === 'file:' && target.pathname === entry.pathname;
    return target.origin === entry.origin;
  } catch {
    return false;
  }
}
