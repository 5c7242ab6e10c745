/**
 * Pure rules of the window security baseline, kept apart from Electron so they
 * can be tested under Node. docs/SECURITY.md maps each checklist item here.
 */

/** Only web links leave the app, and only to the system browser. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * The renderer is loaded from the app's own pages: app://risalah/ when
 * packaged, the dev server in development, or (legacy) one file:// page.
 * Node's URL gives custom schemes a 'null' origin, so scheme and host are
 * compared instead.
 */
export function isAppUrl(url: string, appEntryUrl: string): boolean {
  try {
    const target = new URL(url);
    const entry = new URL(appEntryUrl);
    if (entry.protocol === 'file:') return target.protocol === 'file:' && target.pathname === entry.pathname;
    return target.protocol === entry.protocol && target.host === entry.host && target.host !== '';
  } catch {
    return false;
  }
}

/**
 * Web permissions the app's own pages may use. Copying a text to the
 * clipboard is the only one: no camera, microphone, location, notifications
 * (reminders are shown by main), MIDI, HID, serial or USB.
 */
const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

export function isPermissionAllowed(
  permission: string,
  requestingUrl: string | undefined,
  appEntryUrl: string,
): boolean {
  return ALLOWED_PERMISSIONS.has(permission) && requestingUrl !== undefined && isAppUrl(requestingUrl, appEntryUrl);
}
