import { describe, expect, it } from 'vitest';
import { FOLDER_A, FOLDER_B, enterDataFolder, leaveDataFolderAfterEach } from '../support/dataFolders';
import {
  DRAFT_PREFIX,
  clearDraft,
  hasDraft,
  mergeDraft,
  readDraft,
  writeDraft,
} from '../../../renderer/src/lib/formDrafts';
import { loadInto, settle } from '../../../renderer/src/store/storeActions';
import type { LoadState } from '../../../renderer/src/store/loadState';

const SHAPE = {
  title: '',
  minutes: '',
  untilDone: false,
  date: null as string | null,
  chair: { personId: null as string | null, acting: '' },
  ids: [] as string[],
};

describe('formDrafts', () => {
  it('keeps a draft under the risalah:draft: prefix and reads it back with its time', () => {
    writeDraft('identity:m1', { ...SHAPE, title: 'Rapat Koordinasi Stunting' }, 1_700_000_000_000);
    expect(Object.keys(localStorage)).toEqual([`${DRAFT_PREFIX}identity:m1`]);
    const values = { ...SHAPE, title: 'Rapat Koordinasi Stunting' };
    expect(readDraft('identity:m1', SHAPE)).toEqual({ values, savedAt: 1_700_000_000_000 });
    expect(hasDraft('identity:m1')).toBe(true);
    clearDraft('identity:m1');
    expect(readDraft('identity:m1', SHAPE)).toBeNull();
    expect(hasDraft('identity:m1')).toBe(false);
  });

  it('takes only the fields the form has, of the same kind, objects field by field', () => {
    const merged = mergeDraft(SHAPE, {
      title: 42,
      minutes: '30',
      untilDone: true,
      date: '2026-12-05',
      chair: { personId: 'p1', acting: 7 },
      ids: 'not a list',
      injected: 'x',
    });
    expect(merged).toEqual({
      ...SHAPE,
      minutes: '30',
      untilDone: true,
      date: '2026-12-05',
      chair: { personId: 'p1', acting: '' },
    });
  });

  it('ignores a draft that is not JSON or has no time', () => {
    localStorage.setItem(`${DRAFT_PREFIX}unit:new`, '{not json');
    expect(readDraft('unit:new', SHAPE)).toBeNull();
    localStorage.setItem(`${DRAFT_PREFIX}unit:new`, JSON.stringify({ values: { title: 'x' } }));
    expect(readDraft('unit:new', SHAPE)).toBeNull();
  });
});

describe('store actions', () => {
  const refused = { ok: false as const, error: { code: 'INVALID_INPUT' as const, message: 'Nama OPD wajib diisi.' } };

  it('settle merges only what main agreed to and hands the result back', async () => {
    const merged: string[] = [];
    const agreed = await settle(Promise.resolve({ ok: true as const, value: 'Dinkes' }), (v) => merged.push(v));
    expect(agreed).toEqual({ ok: true, value: 'Dinkes' });
    expect(await settle(Promise.resolve(refused), (v: string) => merged.push(v))).toEqual(refused);
    expect(merged).toEqual(['Dinkes']);
  });

  it('loadInto walks loading -> ready or error with main message, and drops an answer no longer wanted', async () => {
    const states: LoadState[] = [];
    const merged: number[] = [];
    await loadInto(
      (s) => states.push(s),
      Promise.resolve({ ok: true as const, value: 3 }),
      (v) => merged.push(v),
    );
    await loadInto(
      (s) => states.push(s),
      Promise.resolve(refused),
      (v: number) => merged.push(v),
    );
    await loadInto(
      (s) => states.push(s),
      Promise.resolve({ ok: true as const, value: 9 }),
      (v) => merged.push(v),
      () => false,
    );
    expect(states).toEqual([
      { status: 'loading' },
      { status: 'ready' },
      { status: 'loading' },
      { status: 'error', message: 'Nama OPD wajib diisi.' },
      { status: 'loading' },
    ]);
    expect(merged).toEqual([3]);
  });
});

describe('formDrafts keyed by the data folder', () => {
  leaveDataFolderAfterEach();

  it('gives a draft back in its own data folder only, and reads one written before the folder was known', async () => {
    writeDraft('unit:new', { ...SHAPE, title: 'Sebelum id diketahui' }, 1);
    await enterDataFolder(FOLDER_A);
    expect(readDraft('unit:new', SHAPE)?.values.title).toBe('Sebelum id diketahui');
    writeDraft('unit:new', { ...SHAPE, title: 'Folder A' }, 2);
    expect(localStorage.getItem(`${DRAFT_PREFIX}${FOLDER_A}:unit:new`)).not.toBeNull();
    clearDraft('unit:new');
    writeDraft('unit:new', { ...SHAPE, title: 'Folder A' }, 3);
    await enterDataFolder(FOLDER_B);
    expect(hasDraft('unit:new')).toBe(false);
    await enterDataFolder(FOLDER_A);
    expect(readDraft('unit:new', SHAPE)?.values.title).toBe('Folder A');
  });
});
