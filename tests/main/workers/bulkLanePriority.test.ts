import { readdirSync, readFileSync } from 'node:fs';
import { getPriority } from 'node:os';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BULK_NICE, ReadWorkers } from '../../../electron/main/workers/readWorkers';
import { openTempDb, type TempDb } from '../support/tempDb';

/*
 * Issue 15: on a two-core PC the import worker's checking competed with the main thread for
 * a core, and her saves waited for it. A bulk lane's thread now runs at nice 10 (Linux: the
 * nice value is per thread), the search lane and the main thread at normal priority.
 */
let temp: TempDb;
let workers: ReadWorkers;

beforeEach(() => {
  temp = openTempDb();
  workers = new ReadWorkers(() => temp.file);
});
afterEach(async () => {
  await workers.close();
  temp.dispose();
});

/** The nice value of each thread of this process (/proc/self/task/<tid>/stat, field 19). */
function threadNices(): number[] {
  return readdirSync('/proc/self/task').flatMap((tid) => {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      // The command name may hold spaces: fields are counted after its closing parenthesis.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return [Number(fields[16])];
    } catch {
      return []; // a thread that ended meanwhile
    }
  });
}

const lowered = () => threadNices().filter((nice) => nice === BULK_NICE).length;

describe.runIf(process.platform === 'linux' && getPriority() === 0)('bulk worker lanes', () => {
  it('run their thread at a lower priority, and only that thread; a search lane keeps the normal one', async () => {
    expect(lowered()).toBe(0);
    await workers.run('search', 'search', { query: 'rapat' });
    expect(lowered()).toBe(0);
    await workers.run('import', 'checkpoint-wal', {});
    expect(lowered()).toBe(1);
    expect(getPriority()).toBe(0);
    await workers.run('archive', 'checkpoint-wal', {});
    expect(lowered()).toBe(2);
  });
});
