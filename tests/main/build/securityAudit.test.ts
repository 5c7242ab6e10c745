import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { judge, parseAccepted, scan, summaryLine, type Finding } from '../../../scripts/securityAudit.mjs';

const root = resolve(import.meta.dirname, '../../..');

const finding = (id: string, severity: string, file = 'electron/main/windows/mainWindow.ts'): Finding => ({
  id,
  severity,
  confidence: 'FIRM',
  file,
  line: 1,
  sample: '',
  description: '',
});

const DOC = `# Security

## Accepted findings

| Check | File | Why it stays |
|---|---|---|
| \`PRELOAD_JS_CHECK\` | \`electron/main/windows/mainWindow.ts\` | The preload exposes only the channel functions and on(). |
| \`OPEN_EXTERNAL_JS_CHECK\` | \`electron/main/windows/mainWindow.ts\` | short |

## Next section
| \`NODE_INTEGRATION_JS_CHECK\` | \`x.ts\` | never read: outside the section |
`;

describe('security audit gate', () => {
  it('reads the accepted findings table of docs/SECURITY.md, and only that section', () => {
    expect(parseAccepted(DOC)).toEqual([
      { id: 'PRELOAD_JS_CHECK', file: 'electron/main/windows/mainWindow.ts', reason: 'The preload exposes only the channel functions and on().' },
      { id: 'OPEN_EXTERNAL_JS_CHECK', file: 'electron/main/windows/mainWindow.ts', reason: 'short' },
    ]);
    expect(parseAccepted('# nothing here')).toEqual([]);
  });

  it('blocks HIGH and MEDIUM findings unless accepted with a real reason, and names stale acceptances', () => {
    const result = judge(
      [
        finding('PRELOAD_JS_CHECK', 'MEDIUM'),
        finding('OPEN_EXTERNAL_JS_CHECK', 'MEDIUM'),
        finding('NODE_INTEGRATION_JS_CHECK', 'HIGH'),
        finding('CSP_GLOBAL_CHECK', 'LOW', 'renderer/index.html'),
        finding('PRELOAD_JS_CHECK', 'MEDIUM', 'electron/main/otherWindow.ts'),
      ],
      [...parseAccepted(DOC), { id: 'SANDBOX_JS_CHECK', file: 'gone.ts', reason: 'it used to be there, long ago' }],
    );
    expect(result.blocking.map((f) => `${f.id} ${f.file}`)).toEqual([
      'OPEN_EXTERNAL_JS_CHECK electron/main/windows/mainWindow.ts', // its reason is too short to count
      'NODE_INTEGRATION_JS_CHECK electron/main/windows/mainWindow.ts',
      'PRELOAD_JS_CHECK electron/main/otherWindow.ts', // accepted for one file only
    ]);
    expect(result.accepted).toBe(1);
    expect(result.counts).toEqual({ HIGH: 1, MEDIUM: 3, LOW: 1, INFORMATIONAL: 0 });
    expect(result.stale.map((s) => s.id)).toEqual(['OPEN_EXTERNAL_JS_CHECK', 'SANDBOX_JS_CHECK']);
    expect(summaryLine(result, { toolVersion: '1.10.3', electronVersion: '45.5.0', files: 3 })).toBe(
      'electronegativity 1.10.3 (Electron 45.5.0, 3 files): high 1, medium 3 (1 accepted in docs/SECURITY.md), low 1, informational 0; blocking 3, stale acceptances 2',
    );
  });

  it('electronegativity really finds an insecure window offline (so a clean run means something)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'risalah-audit-test-'));
    mkdirSync(join(dir, 'main'));
    writeFileSync(
      join(dir, 'main', 'insecure.ts'),
      `import { BrowserWindow } from 'electron';
export const w = new BrowserWindow({ webPreferences: { contextIsolation: false, sandbox: false, webSecurity: false } });
export const n = new BrowserWindow({ webPreferences: { nodeIntegration: true } });
void w.loadURL('http://example.com');
`,
    );
    const { issues, parseErrors } = await scan(dir, '45.5.0', root);
    expect(parseErrors).toEqual([]);
    const ids = new Set(issues.map((i) => i.id));
    for (const id of ['NODE_INTEGRATION_JS_CHECK', 'CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK', 'WEB_SECURITY_JS_CHECK', 'LIMIT_NAVIGATION_GLOBAL_CHECK']) {
      expect(ids).toContain(id);
    }
    expect(judge(issues, parseAccepted(readFileSync(join(root, 'docs/SECURITY.md'), 'utf8'))).blocking.length).toBeGreaterThan(3);
  });
});
