import { afterAll, beforeAll } from 'vitest';
import { startTestServer, type TestServer } from './pgTest';

// Apart from pgTest.ts because scripts/syncMeasure.ts loads that one outside vitest.

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
  return {
    get base() {
      return live().base;
    },
    get pool() {
      return live().pool;
    },
    get logs() {
      return live().logs;
    },
    get running() {
      return live().running;
    },
    get dbUrl() {
      return live().dbUrl;
    },
    get dbName() {
      return live().dbName;
    },
    get clock() {
      return live().clock;
    },
    close: () => live().close(),
  };
}
