import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SectionId } from '../../../shared/domain/ids';
import type { RichDoc } from '../../../shared/domain/minutes';
import { SectionAutosave, type AutosaveStatus, type SaveOutcome } from '../../../renderer/src/features/live/autosave';
import { createJournal, reconcile } from '../../../renderer/src/features/live/journal';
import { setApi } from '../../../renderer/src/lib/api';
import { loadStorageScope, scopedStorageKey } from '../../../renderer/src/lib/storageScope';
import { fakeApi } from '../support/fakeApi';
import { FOLDER_A, FOLDER_B, enterDataFolder, leaveDataFolderAfterEach } from '../support/dataFolders';

const ID = '00000000-0000-4000-8000-00000000000a' as SectionId;
const doc = (text: string): RichDoc => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

class MemoryStorage implements Storage {
  private map = new Map<string, string>();
  get length() {
    return this.map.size;
  }
  clear() {
    this.map.clear();
  }
  getItem(key: string) {
    return this.map.get(key) ?? null;
  }
  key(index: number) {
    return [...this.map.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
  setItem(key: string, value: string) {
    this.map.set(key, value);
  }
}

function setup(outcomes: Array<SaveOutcome | Promise<SaveOutcome>> = []) {
  let text = '';
  let revision = 0;
  const saves: Array<{ content: RichDoc; base: number; at: number }> = [];
  const statuses: AutosaveStatus[] = [];
  const storage = new MemoryStorage();
  const journal = createJournal(storage);
  const autosave = new SectionAutosave({
    sectionId: ID,
    revision: 0,
    read: () => doc(text),
    save: async (content, base) => {
      saves.push({ content, base, at: Date.now() });
      const next = outcomes.shift();
      if (next) return next;
      revision = base + 1;
      return { ok: true, revision, updatedAt: Date.now() };
    },
    journal,
    onStatus: (status) => statuses.push(status),
  });
  const type = (value: string) => {
    text += value;
    autosave.changed();
  };
  return { autosave, saves, statuses, journal, storage, type, read: () => text };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('features/live/autosave', () => {
  it('saves 500 ms after the last keystroke, once, with the whole section', async () => {
    const s = setup();
    s.type('Rapat ');
    await vi.advanceTimersByTimeAsync(300);
    s.type('dibuka');
    await vi.advanceTimersByTimeAsync(499);
    expect(s.saves).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(s.saves.map((x) => [x.content, x.base])).toEqual([[doc('Rapat dibuka'), 0]]);
    expect(s.statuses.map((x) => x.state)).toEqual(['pending', 'saving', 'saved']);
    expect(s.journal.read(ID)).toBeNull();
  });

  it('saves at least every 800 ms while she keeps typing, so a long burst is never unsaved for long', async () => {
    const s = setup();
    for (let i = 0; i < 40; i += 1) {
      s.type('a');
      await vi.advanceTimersByTimeAsync(100);
    }
    // 4 s of typing with 100 ms gaps: a trailing debounce alone would not have saved at all.
    expect(s.saves.length).toBeGreaterThanOrEqual(4);
    const gaps = s.saves.slice(1).map((save, i) => save.at - (s.saves[i]?.at ?? 0));
    expect(Math.max(...gaps)).toBeLessThanOrEqual(900);
    expect(s.saves.map((x) => x.base)).toEqual(s.saves.map((_, i) => i));
  });

  it('keeps one save in flight and sends what was typed meanwhile right after it', async () => {
    let release: (value: SaveOutcome) => void = () => undefined;
    const slow = new Promise<SaveOutcome>((resolve) => (release = resolve));
    const s = setup([slow]);
    s.type('satu');
    await vi.advanceTimersByTimeAsync(500);
    s.type(' dua');
    await vi.advanceTimersByTimeAsync(2000);
    expect(s.saves).toHaveLength(1);
    release({ ok: true, revision: 1, updatedAt: 5 });
    await vi.advanceTimersByTimeAsync(600);
    expect(s.saves.map((x) => [x.content, x.base])).toEqual([
      [doc('satu'), 0],
      [doc('satu dua'), 1],
    ]);
  });

  it('journals before saving and retries a failed save, keeping the journal until main confirms', async () => {
    const s = setup([{ ok: false, code: 'INTERNAL', message: 'Tidak dapat menghubungi layanan Risalah.' }]);
    s.type('Teks penting');
    await vi.advanceTimersByTimeAsync(500);
    expect(s.statuses.at(-1)).toEqual({ state: 'error', message: 'Tidak dapat menghubungi layanan Risalah.' });
    expect(s.journal.read(ID)?.content).toEqual(doc('Teks penting'));
    await vi.advanceTimersByTimeAsync(2000);
    expect(s.saves).toHaveLength(2);
    expect(s.statuses.at(-1)?.state).toBe('saved');
    expect(s.journal.read(ID)).toBeNull();
  });

  it('stops sending on a conflict, journals what follows, and saves over the newer revision when she keeps hers', async () => {
    const s = setup([{ ok: false, code: 'CONFLICT', message: 'Bagian ini sudah diubah di jendela atau tab lain.' }]);
    s.type('versi saya');
    await vi.advanceTimersByTimeAsync(500);
    expect(s.statuses.at(-1)?.state).toBe('conflict');
    s.type(' lagi');
    await vi.advanceTimersByTimeAsync(3000);
    expect(s.saves).toHaveLength(1);
    expect(s.journal.read(ID)?.content).toEqual(doc('versi saya lagi'));
    await s.autosave.keepMine(7);
    expect(s.saves.at(-1)).toMatchObject({ content: doc('versi saya lagi'), base: 7 });
    expect(s.statuses.at(-1)?.state).toBe('saved');
  });

  it('flush() on blur saves at once; emergency() writes the journal synchronously first', async () => {
    const s = setup();
    s.type('sebelum pindah');
    await s.autosave.flush();
    expect(s.saves).toHaveLength(1);
    s.type(' lalu menutup');
    s.autosave.emergency();
    expect(s.journal.read(ID)?.content).toEqual(doc('sebelum pindah lalu menutup'));
  });
});

describe('features/live/journal reconcile', () => {
  const section = { revision: 3, content: doc('tersimpan') };
  it.each([
    [null, 'none'],
    [{ sectionId: ID, baseRevision: 2, content: doc('tersimpan'), at: 1 }, 'discard'],
    [{ sectionId: ID, baseRevision: 3, content: doc('tersimpan dan belum dikirim'), at: 1 }, 'restore'],
    [{ sectionId: ID, baseRevision: 2, content: doc('versi lama yang berbeda'), at: 1 }, 'offer'],
  ] as const)('%j -> %s', (entry, verdict) => {
    expect(reconcile(section, entry)).toBe(verdict);
  });

  it('ignores a damaged entry instead of failing', () => {
    const storage = new MemoryStorage();
    storage.setItem(`risalah.jurnal.${ID}`, '{bukan json');
    expect(createJournal(storage).read(ID)).toBeNull();
  });
});

describe('features/live/journal keyed by the data folder', () => {
  const entry = { sectionId: ID, baseRevision: 3, content: doc('diketik saat server mati'), at: 1 };
  leaveDataFolderAfterEach();

  it('finds the entry again for the same folder, never for another folder served on the same origin', async () => {
    const storage = new MemoryStorage();
    await enterDataFolder(FOLDER_A);
    createJournal(storage).write(entry);
    expect(storage.getItem(`risalah.${FOLDER_A}.jurnal.${ID}`)).not.toBeNull();
    await enterDataFolder(FOLDER_B);
    expect(createJournal(storage).read(ID)).toBeNull();
    await enterDataFolder(FOLDER_A);
    expect(createJournal(storage).read(ID)?.content).toEqual(doc('diketik saat server mati'));
  });

  it('still reads an entry written before the scope was known (or by an older version), and clears both', async () => {
    const storage = new MemoryStorage();
    storage.setItem(`risalah.jurnal.${ID}`, JSON.stringify(entry));
    await enterDataFolder(FOLDER_A);
    const journal = createJournal(storage);
    expect(journal.read(ID)?.content).toEqual(doc('diketik saat server mati'));
    journal.write({ ...entry, content: doc('lebih baru') });
    expect(journal.read(ID)?.content).toEqual(doc('lebih baru'));
    journal.clear(ID);
    expect(journal.read(ID)).toBeNull();
    expect(storage.getItem(`risalah.jurnal.${ID}`)).toBeNull();
  });

  it('keeps keys unscoped while main cannot be asked, and asks again next time', async () => {
    setApi(fakeApi({}));
    expect(await loadStorageScope()).toBeNull();
    expect(scopedStorageKey('draf.rapat')).toBe('risalah.draf.rapat');
    await enterDataFolder(FOLDER_B);
    expect(scopedStorageKey('draf.rapat')).toBe(`risalah.${FOLDER_B}.draf.rapat`);
  });
});
