import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lintWithLine } from '../../support/lintWithLine';
import { checkFolderCycles } from '../../../scripts/checkFolderCycles.mjs';

const root = resolve(import.meta.dirname, '../../..');
/** The layering messages ESLint gives a file of the repository with `extra` put back on top. */
const layeringErrors = (file: string, extra: string) => lintWithLine(file, extra, (ruleId) => ruleId.startsWith('local/'));

const SERVICES_ON_IPC = [
  'electron/main/services/approval/verification.ts',
  'electron/main/services/documents/documentExport.ts',
  'electron/main/services/followUp/opdImport.ts',
  'electron/main/services/followUp/progressUpdates.ts',
  'electron/main/services/followUp/reportExport.ts',
  'electron/main/services/followUp/requestExport.ts',
];

/** The wrong imports issue 18 found (and a few of the same kinds), each in a real file of its layer. */
const WRONG_IMPORTS: ReadonlyArray<readonly [file: string, line: string, why: RegExp]> = [
  ['electron/main/db/migrations/0006-approval.ts', "import '../../services/approval/verificationCode';", /migrations must not import services/],
  ['electron/main/db/migrations/0001-core-tables.ts', "import '../migrate';", /migrations must not import db/],
  ['electron/main/db/snapshot.ts', "import '../repositories/backupSettingsRepository';", /db must not import repositories/],
  ...SERVICES_ON_IPC.map((file) => [file, "import '../../ipc/handlerTypes';", /services must not import ipc/] as const),
  ['electron/main/services/followUp/reminders.ts', "import '../../desktop/reminderNotifier';", /services must not import desktop/],
  ['electron/main/windows/appProtocol.ts', "import '../web/staticFiles';", /windows must not import web/],
  ['electron/main/web/server.ts', "import '../windows/securityPolicy';", /web must not import windows/],
  ['electron/main/desktop/eventPusher.ts', "import '../windows/mainWindow';", /desktop must not import windows/],
  ['electron/main/ipc/dispatch.ts', "import '../windows/securityPolicy';", /ipc must not import windows/],
  ['electron/main/files/stagingArea.ts', "import '../desktop/dialogPaths';", /files must not import desktop/],
  ['electron/main/repositories/agendaRepository.ts', "import '../services/meetingSetup';", /repositories must not import services/],
  ['electron/main/ipc/dispatch.ts', "import 'electron';", /ipc must not import electron/],
  // Renderer features reach each other only through features/<x>/index.ts.
  ['renderer/src/features/documents/NotulaTab.tsx', "import '../meeting/meetingTabs';", /features\/meeting only through its public file/],
  ['renderer/src/features/series/SeriesFormModal.tsx', "import '../meeting/RolePicker';", /features\/meeting only through its public file/],
  ['renderer/src/features/settings/ArchiveCard.tsx', "import '../recovery/afterDataSwap';", /features\/recovery only through/],
  ['renderer/src/features/home/HomePage.tsx', "import('../followUp/FollowUpHomeCard');", /features\/followUp only through/],
];

describe('layers inside electron/main and between renderer features (eslint local/*)', () => {
  it('passes the sources as they are, so each failure below comes from the import put back', async () => {
    const files = [...new Set(WRONG_IMPORTS.map(([file]) => file))];
    for (const file of files) expect(await layeringErrors(file, ''), file).toEqual([]);
  }, 60_000);

  it.each(WRONG_IMPORTS)('fails %s with %s', async (file, line, why) => {
    const errors = await layeringErrors(file, line);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(why);
  }, 60_000);

  it('judges an import by the file it reaches, so shared/ipc is not taken for electron/main/ipc', async () => {
    expect(await layeringErrors('electron/main/services/followUp/reminders.ts', "import '../../../../shared/ipc/contract';")).toEqual([]);
  }, 60_000);
});

describe('scripts/checkFolderCycles.mjs', () => {
  const fixtures: string[] = [];
  afterAll(() => fixtures.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  function fixture(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'risalah-cycles-'));
    fixtures.push(dir);
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    return dir;
  }

  it('finds no loop between folders in the repository', () => {
    expect(checkFolderCycles(root)).toEqual([]);
  });

  it.each<Readonly<{ name: string; files: Record<string, string>; loops: ReadonlyArray<RegExp> }>>([
    {
      name: 'reports the folders of a loop, through type imports and re-exports too',
      files: {
        'electron/main/db/snapshot.ts': "import { getBackupKeep } from '../repositories/backupSettingsRepository';\n",
        'electron/main/repositories/backupSettingsRepository.ts': "export type { Db } from '../services/context';\n",
        'electron/main/services/context.ts': "import type { Db } from '../db/snapshot';\n",
        'electron/main/web/server.ts': "import '../db/snapshot';\n",
      },
      // web imports the loop but is not in it.
      loops: [/^electron\/main: db, repositories, services\n/],
    },
    {
      name: 'sees a loop between renderer features even when it goes through their public index.ts',
      files: {
        'renderer/src/features/meeting/index.ts': "export { MeetingPage } from './MeetingPage';\n",
        'renderer/src/features/meeting/MeetingPage.tsx':
          "import { ApprovalBar } from '../approval';\nexport const MeetingPage = ApprovalBar;\n",
        'renderer/src/features/approval/index.ts': "export { ApprovalBar } from './ApprovalBar';\n",
        'renderer/src/features/approval/ApprovalBar.tsx': "export const ApprovalBar = () => import('../meeting');\n",
      },
      loops: [/^renderer features: approval, meeting\n/],
    },
    {
      name: 'passes imports that only go one way',
      files: {
        'electron/main/db/connection.ts': 'export const x = 1;\n',
        'electron/main/repositories/a.ts': "import { x } from '../db/connection';\n",
        'electron/main/services/b.ts': "import '../repositories/a';\nimport '../db/connection';\n",
      },
      loops: [],
    },
  ])('$name', ({ files, loops }) => {
    const problems = checkFolderCycles(fixture(files));
    expect(problems).toEqual(loops.map((loop) => expect.stringMatching(loop)));
    for (const problem of problems) expect(problem).not.toMatch(/web/);
  });
});
