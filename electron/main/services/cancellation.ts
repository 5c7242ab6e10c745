import { AppError } from '../../../shared/ipc/result';

/*
 * "Batalkan" for the long jobs that hand her a file (documents, the archive): each runs with
 * an AbortSignal; the cancel channel aborts every job of its kind (she starts one at a time).
 * The worker lane doing the heavy part is ended at once (workers/readWorkers.ts, RunOptions.signal),
 * the other stages check the signal between them, and nothing is delivered: the job answers
 * { kind: 'cancelled' }, as a closed save dialog does, and its work folder goes in its finally.
 */
export type CancellableKind = 'documents' | 'archive';

export const JOB_CANCELLED = 'Dibatalkan.';

/** What an aborted stage throws; cancellable() turns it into the 'cancelled' answer. */
export class JobCancelled extends AppError {
  constructor() {
    super('CONFLICT', JOB_CANCELLED);
  }
}

const running: Record<CancellableKind, Set<AbortController>> = { documents: new Set(), archive: new Set() };

export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new JobCancelled();
}

/** Runs `job` with a signal the kind's cancel aborts; an aborted job answers 'cancelled' whatever stage it was in. */
export async function cancellable<T>(
  kind: CancellableKind,
  job: (signal: AbortSignal) => Promise<T>,
): Promise<T | { kind: 'cancelled' }> {
  const controller = new AbortController();
  running[kind].add(controller);
  try {
    // Delivering the file is each job's last step: one that got that far is finished, not cancelled.
    return await job(controller.signal);
  } catch (error) {
    if (controller.signal.aborted) return { kind: 'cancelled' };
    throw error;
  } finally {
    running[kind].delete(controller);
  }
}

/** Aborts the kind's jobs under way; how many there were. */
export function cancelJobs(kind: CancellableKind): number {
  const jobs = running[kind];
  const count = jobs.size;
  for (const controller of jobs) controller.abort(new JobCancelled());
  return count;
}
