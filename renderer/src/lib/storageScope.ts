import { call } from './api';

/*
 * What the renderer keeps in the browser (the crash journal, form drafts) belongs to a data
 * folder, not to a page origin: the web shell's origin is its port, and two folders served
 * on the same port, one after the other, must never read each other's words. Keys carry the
 * data folder's id from `app:info`. Until it is known (the first milliseconds, or a server
 * that is down when the page opens) a key has no scope, as before this module existed;
 * readers look there too (`unscopedStorageKey`), so nothing written early is lost.
 */

let scope: string | null = null;
let loading: Promise<string | null> | null = null;

/** `risalah.<data folder id>.<name>`; `risalah.<name>` while the id is not known yet. */
export function scopedStorageKey(name: string): string {
  return scope === null ? unscopedStorageKey(name) : `risalah.${scope}.${name}`;
}

/** The key of the same name without a scope: written before the id was known, or by an older version. */
export function unscopedStorageKey(name: string): string {
  return `risalah.${name}`;
}

export function storageScope(): string | null {
  return scope;
}

/** Asks main once for the data folder's id; a failed ask is retried by the next caller. */
export function loadStorageScope(): Promise<string | null> {
  if (scope !== null) return Promise.resolve(scope);
  // Through a resolved promise: a transport that throws at once is a failed ask, not a crash.
  loading ??= Promise.resolve()
    .then(() => call('app:info', {}))
    .then((result) => {
      if (result.ok && result.value.dataId !== '') scope = result.value.dataId;
      return scope;
    })
    .catch(() => null)
    .finally(() => {
      loading = null;
    });
  return loading;
}

/** Tests start each case without a scope. */
export function resetStorageScope(): void {
  scope = null;
  loading = null;
}
