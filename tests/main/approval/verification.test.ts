import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExportableKind } from '../../../shared/document/fileNames';
import { takeDelivered } from '../support/followUpContext';
import type { TempDb } from '../support/tempDb';
import { paragraphs } from '../export/docxXml';
import { approve, openApprovalWorld, verifyFile, type World } from './approvalWorld';

/*
 * Verifikasi dokumen: an exported DOCX of an approved version matches only while its
 * bytes are untouched; the code in its footer alone names the version.
 */

let temp: TempDb;
let world: World;
beforeEach(async () => ({ temp, world } = await openApprovalWorld()));
afterEach(() => temp.dispose());

async function exportDocx(kinds: ReadonlyArray<ExportableKind> = ['NOTULA']) {
  const delivery = await world.ctx.call('documents:export', {
    meetingId: world.meetingId,
    kinds,
    paper: 'F4',
    readyForTte: false,
    fileName: '',
  });
  return takeDelivered(world.ctx, delivery);
}

const verify = (name: string, bytes: Buffer) => verifyFile(world, name, bytes);

async function footerLines(bytes: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const footers = Object.keys(zip.files).filter((name) => /^word\/footer\d*\.xml$/.test(name));
  const xml = await Promise.all(footers.map(async (name) => (await zip.file(name)?.async('string')) ?? ''));
  return xml.flatMap(paragraphs);
}

/** Pengaturan → Dokumen: print the code in the footer (off by default, issue 16). */
async function footerOn(): Promise<void> {
  const profile = await world.ctx.call('settings:get-instansi', {});
  await world.ctx.call('settings:update-instansi', { ...profile, verificationFooter: true });
}

function approvedCode(): string {
  return (
    temp.db.prepare('SELECT verification_code FROM documents WHERE meeting_id = ?').get(world.meetingId) as {
      verification_code: string;
    }
  ).verification_code;
}

describe('approval/verification', () => {
  it('prints no code on a draft and remembers none of its exports', async () => {
    const draft = await exportDocx();
    expect((await footerLines(draft.bytes)).join('\n')).not.toMatch(/Kode verifikasi/);
    expect(temp.db.prepare('SELECT count(*) AS n FROM document_exports').get()).toEqual({ n: 0 });
    expect(await verify('Notula.docx', draft.bytes)).toEqual({ verdict: 'UNKNOWN', by: 'file' });
  });

  it('prints no code on an approved version by default, and its file still verifies by its bytes', async () => {
    await approve(world);
    const file = await exportDocx();
    expect((await footerLines(file.bytes)).join('\n')).not.toMatch(/Kode verifikasi|tanda tangan elektronik/);
    expect(await verify(file.fileName, file.bytes)).toMatchObject({
      verdict: 'MATCH',
      by: 'file',
      file: { kind: 'NOTULA' },
    });
    const altered = Buffer.from(file.bytes);
    altered[10] = (altered[10] ?? 0) ^ 0x01;
    expect((await verify(file.fileName, altered)).verdict).not.toBe('MATCH');
  });

  it('matches the untouched approved DOCX and refuses it with one byte changed', async () => {
    await footerOn();
    await approve(world);
    const code = approvedCode();
    const file = await exportDocx();
    expect(await footerLines(file.bytes)).toContain(
      `Kode verifikasi Risalah: ${code} — pemeriksaan internal aplikasi, bukan tanda tangan elektronik tersertifikasi.`,
    );

    const match = await verify(file.fileName, file.bytes);
    expect(match).toMatchObject({
      verdict: 'MATCH',
      by: 'file',
      version: {
        meetingId: world.meetingId,
        meetingTitle: 'Rakor Kepala OPD',
        version: 1,
        approvedOn: '2026-11-28',
        verificationCode: code,
        latestVersion: 1,
      },
      file: { kind: 'NOTULA', format: 'docx', fileName: file.fileName },
    });

    for (const at of [0, Math.floor(file.bytes.length / 2), file.bytes.length - 1]) {
      const altered = Buffer.from(file.bytes);
      altered[at] = (altered[at] ?? 0) ^ 0x01;
      const verdict = await verify(file.fileName, altered);
      expect(verdict.verdict, `byte ${at}`).not.toBe('MATCH');
    }
    // The untouched file still matches afterwards.
    expect((await verify(file.fileName, file.bytes)).verdict).toBe('MATCH');
  });

  it('calls a DOCX whose text was edited but still carries the footer code altered, naming the version', async () => {
    await footerOn();
    await approve(world);
    const file = await exportDocx();
    const zip = await JSZip.loadAsync(file.bytes);
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toContain('Rapat dibuka oleh Wakil Bupati');
    zip.file('word/document.xml', xml.replace('Rapat dibuka oleh Wakil Bupati', 'Rapat dibuka oleh Bupati'));
    const edited = await zip.generateAsync({ type: 'nodebuffer' });
    expect(await verify('Notula (edit).docx', edited)).toMatchObject({
      verdict: 'ALTERED',
      by: 'file',
      version: { version: 1, meetingTitle: 'Rakor Kepala OPD' },
    });
  });

  it("records every DOCX of a ZIP export, and an old version's file still verifies after a revision", async () => {
    await approve(world);
    const pack = await exportDocx(['NOTULA', 'DAFTAR_HADIR']);
    const zip = await JSZip.loadAsync(pack.bytes);
    const names = Object.keys(zip.files);
    expect(names).toHaveLength(2);
    const daftarHadir = await zip
      .file(names.find((name) => name.startsWith('Daftar Hadir')) ?? '')
      ?.async('nodebuffer');
    if (!daftarHadir) throw new Error('no daftar hadir in the zip');

    await world.ctx.call('approval:create-revision', { meetingId: world.meetingId, reason: 'Ralat daftar hadir.' });
    expect(await verify('Daftar Hadir.docx', daftarHadir)).toMatchObject({
      verdict: 'MATCH',
      version: { version: 1, latestVersion: 2 },
      file: { kind: 'DAFTAR_HADIR' },
    });
    // A draft of version 2 prints no code.
    const draft = await exportDocx();
    expect((await footerLines(draft.bytes)).join('\n')).not.toMatch(/Kode verifikasi/);
  });

  it('finds the version by its code, however it is typed', async () => {
    await approve(world);
    const code = approvedCode();
    for (const typed of [code, code.toLowerCase().replace(/-/g, ''), ` ${code.slice(0, 4)} ${code.slice(5)} `]) {
      expect(await world.ctx.call('approval:verify-code', { code: typed })).toMatchObject({
        verdict: 'MATCH',
        by: 'code',
        version: { version: 1, verificationCode: code },
      });
    }
    expect(await world.ctx.call('approval:verify-code', { code: 'AAAA-AAAA-AA' })).toEqual({
      verdict: 'UNKNOWN',
      by: 'code',
    });
    expect(await world.ctx.fail('approval:verify-code', { code: 'abc' })).toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringMatching(/10 huruf/),
    });
  });
});
