import { storageScope } from './storageScope';

/**
 * What she typed in a form that is not saved yet, kept in localStorage so a tab switch,
 * a route change, a reload or a restart never drops it. One entry per form instance and
 * data folder ('risalah:draft:<data folder id>:identity:<meetingId>', …): two data folders
 * served one after the other on the same port never see each other's drafts. Until the
 * folder's id is known (storageScope.ts) the key has no scope; readers look there too.
 */
export const DRAFT_PREFIX = 'risalah:draft:';

export type StoredDraft<T> = Readonly<{ values: T; savedAt: number }>;

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    // A browser with storage turned off: forms still work, they only forget.
    return null;
  }
}

function draftStorageKey(name: string): string {
  const scope = storageScope();
  return scope === null ? unscopedDraftKey(name) : `${DRAFT_PREFIX}${scope}:${name}`;
}

function unscopedDraftKey(name: string): string {
  return `${DRAFT_PREFIX}${name}`;
}

/** The scoped entry, else one written before the folder's id was known. */
function readRaw(name: string): string | null {
  const store = storage();
  return store?.getItem(draftStorageKey(name)) ?? store?.getItem(unscopedDraftKey(name)) ?? null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Takes from a stored draft only the fields the form has, of the same kind (string, number,
 * boolean, list, or null where the form allows it; objects field by field), so a draft written by an older build
 * or edited by hand can never put a wrong type into a form.
 */
export function mergeDraft<T extends Record<string, unknown>>(shape: T, stored: unknown): T | null {
  if (!isRecord(stored)) return null;
  const merged: Record<string, unknown> = { ...shape };
  for (const key of Object.keys(shape)) {
    if (!(key in stored)) continue;
    const want = shape[key];
    const got = stored[key];
    if (isRecord(want) && isRecord(got)) merged[key] = mergeDraft(want, got);
    else if (
      got === null ||
      want === null ||
      (typeof got === typeof want && Array.isArray(got) === Array.isArray(want))
    )
      merged[key] = got;
  }
  return merged as T;
}

export function readDraft<T extends Record<string, unknown>>(name: string, shape: T): StoredDraft<T> | null {
  const raw = readRaw(name);
  if (!raw) return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!isRecord(parsed) || typeof parsed['savedAt'] !== 'number') return null;
    const values = mergeDraft(shape, parsed['values']);
    return values === null ? null : { values, savedAt: parsed['savedAt'] };
  } catch {
    return null;
  }
}

export function writeDraft<T>(name: string, values: T, now: number = Date.now()): void {
  try {
    storage()?.setItem(draftStorageKey(name), JSON.stringify({ values, savedAt: now }));
  } catch {
    // Storage full or refused: the form keeps working; only the safety net is missing.
  }
}

export function clearDraft(name: string): void {
  storage()?.removeItem(draftStorageKey(name));
  storage()?.removeItem(unscopedDraftKey(name));
}

/** Whether a form left a draft, so a row can open in edit mode again to offer it back. */
export function hasDraft(name: string): boolean {
  return readRaw(name) !== null;
}
