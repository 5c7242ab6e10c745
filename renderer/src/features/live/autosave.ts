import type { SectionId } from '../../../../shared/domain/ids';
import type { RichDoc } from '../../../../shared/domain/minutes';
import type { ErrorCode } from '../../../../shared/ipc/result';
import type { Journal } from './journal';

export type SaveOutcome =
  | Readonly<{ ok: true; revision: number; updatedAt: number }>
  | Readonly<{ ok: false; code: ErrorCode; message: string }>;

export type AutosaveStatus =
  | Readonly<{ state: 'saved'; at: number | null }>
  | Readonly<{ state: 'pending' | 'saving' }>
  | Readonly<{ state: 'error' | 'conflict' | 'locked'; message: string }>;

export type AutosaveOptions = Readonly<{
  sectionId: SectionId;
  revision: number;
  /** Serialises the editor now; called once per save, never per keystroke. */
  read: () => RichDoc;
  save: (content: RichDoc, baseRevision: number) => Promise<SaveOutcome>;
  journal: Journal;
  onStatus: (status: AutosaveStatus) => void;
  now?: () => number;
  /** Quiet time after the last keystroke before saving. */
  debounceMs?: number;
  /** Longest wait while she keeps typing, so continuous typing is saved too. */
  maxWaitMs?: number;
  retryMs?: number;
}>;

/**
 * Autosave of one section. A keystroke only (re)arms a timer: nothing is read or
 * sent until 500 ms after the last one, or 800 ms into continuous typing. Each
 * save first writes the crash journal, then sends the whole section with the
 * revision it was typed on. One save runs at a time; changes made meanwhile are
 * saved right after it. A conflict or a locked Notula stops sending (the journal
 * keeps every word) until resolved; any other failure retries.
 */
export class SectionAutosave {
  private revision: number;
  private dirty = false;
  private firstDirtyAt: number | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight: Promise<void> | null = null;
  private halted = false;
  private status: AutosaveStatus = { state: 'saved', at: null };
  private readonly options: Required<AutosaveOptions>;

  constructor(options: AutosaveOptions) {
    this.options = { now: Date.now, debounceMs: 500, maxWaitMs: 800, retryMs: 2000, ...options };
    this.revision = options.revision;
  }

  get currentRevision(): number {
    return this.revision;
  }

  get hasUnsavedChanges(): boolean {
    return this.dirty || this.inFlight !== null || this.halted;
  }

  /** Called on every editor change: cheap on purpose. */
  changed(): void {
    this.dirty = true;
    this.firstDirtyAt ??= this.options.now();
    if (!this.halted) this.setStatus({ state: 'pending' });
    this.arm();
  }

  /** Saves now (blur, section switch, leaving the page) and resolves once main has it or refused it. */
  async flush(): Promise<void> {
    this.disarm();
    while (this.inFlight) await this.inFlight;
    if (!this.dirty) return;
    let content: RichDoc;
    try {
      content = this.options.read();
    } catch {
      // The journal written on the last tick still holds the words; nothing more to do here.
      return;
    }
    this.dirty = false;
    this.firstDirtyAt = null;
    this.options.journal.write({
      sectionId: this.options.sectionId,
      baseRevision: this.revision,
      content,
      at: this.options.now(),
    });
    if (this.halted) {
      // Journal only: the words are safe on the device until she chooses a version.
      this.dirty = true;
      return;
    }
    this.setStatus({ state: 'saving' });
    this.inFlight = this.send(content).finally(() => {
      this.inFlight = null;
    });
    await this.inFlight;
    if (this.dirty && !this.halted && this.timer === null) this.arm();
  }

  /** Writes the journal synchronously (page hide / close), then starts a save that may or may not finish. */
  emergency(): void {
    if (!this.dirty) return;
    this.options.journal.write({
      sectionId: this.options.sectionId,
      baseRevision: this.revision,
      content: this.options.read(),
      at: this.options.now(),
    });
    void this.flush();
  }

  /** After a conflict: keep the words on screen, saved over the revision main now has. */
  keepMine(serverRevision: number): Promise<void> {
    this.revision = serverRevision;
    this.halted = false;
    this.dirty = true;
    return this.flush();
  }

  /** After a conflict: the editor now shows main's text at `serverRevision`. */
  takeTheirs(serverRevision: number): void {
    this.disarm();
    this.revision = serverRevision;
    this.halted = false;
    this.dirty = false;
    this.firstDirtyAt = null;
    this.options.journal.clear(this.options.sectionId);
    this.setStatus({ state: 'saved', at: null });
  }

  dispose(): void {
    this.disarm();
  }

  private async send(content: RichDoc): Promise<void> {
    let outcome: SaveOutcome;
    try {
      outcome = await this.options.save(content, this.revision);
    } catch (error) {
      outcome = { ok: false, code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) };
    }
    if (outcome.ok) {
      this.revision = outcome.revision;
      if (this.dirty) this.setStatus({ state: 'pending' });
      else {
        this.options.journal.clear(this.options.sectionId);
        this.setStatus({ state: 'saved', at: outcome.updatedAt });
      }
      return;
    }
    this.dirty = true;
    if (outcome.code === 'CONFLICT' || outcome.code === 'LOCKED' || outcome.code === 'NOT_FOUND') {
      this.halted = true;
      this.setStatus({ state: outcome.code === 'CONFLICT' ? 'conflict' : 'locked', message: outcome.message });
      return;
    }
    this.setStatus({ state: 'error', message: outcome.message });
    this.disarm();
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, this.options.retryMs);
  }

  private arm(): void {
    const sinceFirst = this.options.now() - (this.firstDirtyAt ?? this.options.now());
    const wait = Math.max(0, Math.min(this.options.debounceMs, this.options.maxWaitMs - sinceFirst));
    this.disarm();
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, wait);
  }

  private disarm(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private setStatus(status: AutosaveStatus): void {
    if (status.state === this.status.state && !('message' in status) && !('at' in status)) return;
    this.status = status;
    this.options.onStatus(status);
  }
}
