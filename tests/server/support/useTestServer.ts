import { afterAll, beforeAll } from 'vitest';
import { startTestServer, type TestServer } from './pgTest';

// Apart from pgTest.ts because scripts/syncMeasure.ts loads that one outside vitest.

/** Every field of TestServer but close, which the view forwards as a call; the compiler checks the list is whole. */
const FIELDS = ['base', 'pool', 'logs', 'running', 'dbUrl', 'dbName', 'clock'] as const;
const everyField: Exclude<keyof TestServer, (typeof FIELDS)[number] | 'close'> extends never ? true : never = true;
void everyField; // a compile-time check only

/**
 * The server of one describe block: started before its own beforeAll (so call this first in the
 * block), closed after its tests. The object reads the running server's fields, so a test passes
 * it wherever a TestServer goes; read before the start, it throws instead of handing out undefined.
 */
export function useTestServer(start: () => Promise<TestServer> = () => startTestServer()): TestServer {
  let started: TestServer | undefined;
  beforeAll(async () => {
    started = await start();
  });
  afterAll(async () => started?.close());
  const live = (): TestServer => {
    if (!started) throw new Error('The test server has not started yet (useTestServer runs in beforeAll).');
    return started;
  };
  const view = { close: () => live().close() } as TestServer;
  for (const key of FIELDS) {
    Object.defineProperty(view, key, { get: () => live()[key], enumerable: true });
  }
  return view;
}
