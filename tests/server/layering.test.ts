import { isRestrictedImports, lintWithLine } from '../support/lintWithLine';

/** no-restricted-imports messages for a real file with `extra` put back on top. */
const importErrors = (file: string, extra: string) => lintWithLine(file, extra, isRestrictedImports);

/** The server and the app meet only over HTTP; the portal page is browser code. */
const WRONG_IMPORTS: ReadonlyArray<readonly [file: string, line: string, why: RegExp]> = [
  ['server/sync/push.ts', "import '../../electron/main/db/connection';", /server\/ may import shared\/ and its own/],
  ['server/http/app.ts', "import '../../renderer/src/app/theme';", /server\/ may import shared\/ and its own/],
  ['server/http/app.ts', "import '../portal/src/api';", /server\/ may import shared\/ and its own/],
  ['electron/main/web/server.ts', "import '../../../server/db/pool';", /The app never imports the server/],
  ['renderer/src/lib/api.ts', "import '../../../server/registry/entities';", /The app never imports the server/],
  ['shared/domain/followUp.ts', "import 'pg';", /The app never imports the server|shared\/ is pure/],
  ['server/portal/src/api.ts', "import '../../db/pool';", /portal page imports shared\/ and the app's theme only/],
  [
    'server/portal/src/api.ts',
    "import '../../../renderer/src/features/home';",
    /portal page imports shared\/ and the app's theme only/,
  ],
  ['server/portal/src/api.ts', "import 'node:fs';", /portal page runs in the browser/],
  // The app's own layers keep their rules beside the server's (one config per file sets the rule).
  ['shared/domain/followUp.ts', "import 'node:fs';", /shared\/ is pure TypeScript/],
  ['renderer/src/lib/api.ts', "import 'electron';", /renderer\/ runs in the browser sandbox/],
  ['electron/main/web/server.ts', "import '../../../renderer/src/lib/api';", /electron\/main must not import renderer/],
];

describe('server/ and the portal stay on their side (eslint no-restricted-imports)', () => {
  it('passes the sources as they are', async () => {
    for (const file of new Set(WRONG_IMPORTS.map(([file]) => file)))
      expect(await importErrors(file, ''), file).toEqual([]);
  }, 60_000);

  it.each(WRONG_IMPORTS)(
    'fails %s with %s',
    async (file, line, why) => {
      const errors = await importErrors(file, line);
      expect(errors.length).toBeGreaterThan(0);
      expect(errors[0]).toMatch(why);
    },
    60_000,
  );
});
