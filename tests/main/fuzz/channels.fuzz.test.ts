import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/main/ipc/dispatch';
import { IPC_CHANNELS } from '../../../shared/ipc/contract';
import { inputSchemas } from '../../../shared/ipc/schemas';
import {
  badAnswer,
  channelInput,
  contentHash,
  FUZZ_RUNS,
  openFuzzWorld,
  schemaKeys,
  type FuzzWorld,
} from './fuzzSupport';

/*
 * Hostile input on every channel of the contract, through the same dispatch both shells
 * use: the answer is always a value ({ok:true} or a refusal with a code and a readable
 * Indonesian message, no stack, no INTERNAL), and a refusal leaves every table as it was.
 * A fresh data folder per channel keeps one channel's accepted calls from steering another's.
 */
const seed = Number(process.env['RISALAH_FUZZ_SEED'] ?? 20261127);

describe.each(IPC_CHANNELS.map((channel) => [channel]))('fuzz %s', (channel) => {
  let world: FuzzWorld;
  beforeAll(async () => {
    world = await openFuzzWorld();
  });
  afterAll(() => world.dispose());

  it(`answers ${FUZZ_RUNS} hostile inputs with values, and refusals change nothing`, async () => {
    const keys = schemaKeys(inputSchemas[channel]);
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(channelInput(keys, world.ids), async (raw) => {
        const before = world.hash();
        const result = await dispatch(channel, raw, world.ctx, world.errors);
        const problem = badAnswer(result);
        if (problem) throw new Error(problem);
        if (!result.ok) {
          refused += 1;
          if (result.error.code === 'INTERNAL')
            throw new Error(
              `INTERNAL: ${String((world.errors.error as unknown as { mock: { calls: unknown[][] } }).mock.calls.at(-1)?.[1])}`,
            );
          if (world.hash() !== before)
            throw new Error(`refused (${result.error.code}: ${result.error.message}) but the database changed`);
        }
      }),
      { numRuns: FUZZ_RUNS, seed, endOnFailure: true },
    );
    // Most hostile inputs must be refused; a fuzzer that only hits the happy path proves nothing.
    expect(refused).toBeGreaterThan(FUZZ_RUNS / 4);
  }, 600_000);
});

describe('fuzz: names outside the contract', () => {
  let world: FuzzWorld;
  beforeAll(async () => {
    world = await openFuzzWorld();
  });
  afterAll(() => world.dispose());

  it('refuses unknown and prototype channel names cleanly', async () => {
    const before = contentHash(world.db);
    const names = fc.oneof(
      fc.string(),
      fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'meetings:drop', 'db:exec', ''),
    );
    await fc.assert(
      fc.asyncProperty(names, fc.anything(), async (name, raw) => {
        const result = await dispatch(name, raw, world.ctx, world.errors);
        expect(badAnswer(result)).toBeNull();
        expect(result.ok ? 'ok' : result.error.code).toBe('UNKNOWN_CHANNEL');
      }),
      { numRuns: FUZZ_RUNS, seed },
    );
    expect(contentHash(world.db)).toBe(before);
  });

  it('the change detector itself sees an accepted write (so "unchanged" above can fail)', async () => {
    const before = world.hash();
    const created = await dispatch(
      'units:create',
      { code: 'DLH', name: 'Dinas Lingkungan Hidup', shortName: 'DLH', kind: 'dinas' },
      world.ctx,
      world.errors,
    );
    expect(created.ok).toBe(true);
    expect(world.hash()).not.toBe(before);
    expect(world.hash()).toBe(contentHash(world.db));
  });
});
