import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../../electron/main/db/connection';
import { COLUMN, FORM_SHEET } from '../../../electron/main/services/followUp/opdForm';
import type { NewProgressUpdate } from '../../../shared/ipc/followUpContract';
import { opdFormRequest, takeDelivered } from '../support/followUpContext';
import { seedCommitment, seedMeeting, seedUnit, setInstansiZone } from '../support/followUpSeed';
import { useFollowUpDb } from '../support/useTempDb';

/* Dates that cannot lie: no progress report after today (the instansi's day) or before its meeting. */
const { temp, ctx } = useFollowUpDb();

/** Every row the follow-up writes touch, to prove a refusal changed nothing. */
function snapshot(db: Db): string {
  const tables = ['commitment_updates', 'commitment_owners', 'commitments', 'carryover_items', 'audit_log'];
  return JSON.stringify(tables.map((table) => db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all()));
}

function world() {
  const dinkes = seedUnit(temp.db, 'Dinas Kesehatan');
  const meeting = seedMeeting(temp.db, '2026-11-02');
  const commitment = seedCommitment(temp.db, meeting, 'Percepat vaksinasi', '2026-12-31', [[dinkes, 'BELUM']]);
  return { dinkes, ownerId: commitment.owners[0] as NewProgressUpdate['ownerId'] };
}

type Owner = NewProgressUpdate['ownerId'];
const report = (
  ownerId: Owner,
  reportedOn: string,
  status: NewProgressUpdate['status'] = 'SELESAI',
): NewProgressUpdate => ({
  ownerId,
  reportedOn,
  status,
  reason: '',
  text: 'Laporan',
  percent: null,
  links: [],
  fileIds: [],
});

describe('progress report dates', () => {
  it('refuses a report dated after today and leaves the database as it was', async () => {
    const { ownerId } = world();
    await ctx.call('followup:add-update', report(ownerId, '2026-11-20', 'PROSES'));
    const before = snapshot(temp.db);
    for (const date of ['2099-12-31', '2026-11-29']) {
      const refused = await ctx.fail('followup:add-update', report(ownerId, date));
      expect(refused.code).toBe('INVALID_INPUT');
      expect(refused.message).toMatch(/belum tiba: laporan paling lambat bertanggal hari ini, 28 November 2026\./);
    }
    expect(snapshot(temp.db)).toBe(before);
    // So the real report still decides: the owner is not Selesai.
    const detail = await ctx.call('followup:list', {});
    expect(detail.rows[0]?.owners[0]?.status).toBe('PROSES');
  });

  it('refuses a report dated before the meeting that made the commitment', async () => {
    const { ownerId } = world();
    const before = snapshot(temp.db);
    for (const date of ['1990-01-01', '2026-11-01']) {
      const refused = await ctx.fail('followup:add-update', report(ownerId, date));
      const message = expect.stringMatching(/lebih awal dari rapat .*\(2 November 2026\)/);
      expect(refused).toMatchObject({ code: 'INVALID_INPUT', message });
    }
    expect(snapshot(temp.db)).toBe(before);
    // The meeting's own day and today are both true dates.
    await ctx.call('followup:add-update', report(ownerId, '2026-11-02', 'PROSES'));
    await ctx.call('followup:add-update', report(ownerId, '2026-11-28'));
  });

  it('takes "today" in the instansi zone: just after midnight WIT is already tomorrow, in WIB not yet', async () => {
    const { ownerId } = world();
    ctx.setNow('2026-11-28T15:30:00Z'); // 00:30 WIT on the 29th, 22:30 WIB on the 28th
    setInstansiZone(temp.db, 'Asia/Jakarta');
    expect((await ctx.fail('followup:add-update', report(ownerId, '2026-11-29'))).message).toMatch(/belum tiba/);
    setInstansiZone(temp.db, 'Asia/Jayapura');
    const detail = await ctx.call('followup:add-update', report(ownerId, '2026-11-29'));
    expect(detail.updates[0]?.reportedOn).toBe('2026-11-29');
  });
});

describe('OPD form import dates', () => {
  it('names the row whose meeting is still to come and saves nothing from the file', async () => {
    const { dinkes } = world();
    const later = seedMeeting(temp.db, '2026-12-10', null, 'Rakor Desember');
    seedCommitment(temp.db, later, 'Siapkan data Desember', '2026-12-31', [[dinkes, 'BELUM']]);
    const delivery = await ctx.call('followup:request-export', opdFormRequest([dinkes], { letterNumber: '000/1' }));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(takeDelivered(ctx, delivery).bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet(FORM_SHEET)!;
    const rowNumbers = new Map<string, number>();
    sheet.eachRow((row, number) => {
      const text = row.getCell(COLUMN.text).value;
      if (typeof text === 'string' && row.getCell(COLUMN.check).value) rowNumbers.set(text, number);
    });
    for (const number of rowNumbers.values()) {
      sheet.getRow(number).getCell(COLUMN.status).value = 'Dalam Proses';
      sheet.getRow(number).getCell(COLUMN.progress).value = 'Sedang dikerjakan';
    }
    const fileId = ctx.files.stage(
      'import-followup',
      'balasan.xlsx',
      Buffer.from(await workbook.xlsx.writeBuffer()),
    ).fileId;
    const before = snapshot(temp.db);

    const preview = await ctx.call('followup:import-preview', { fileId });
    const bad = rowNumbers.get('Siapkan data Desember');
    expect(preview.errors).toBe(1);
    expect(preview.rows.find((row) => row.outcome === 'ERROR')).toMatchObject({
      row: bad,
      problem: expect.stringMatching(/lebih awal dari rapat .*\(10 Desember 2026\)/),
    });
    const refused = await ctx.fail('followup:import-apply', { fileId });
    expect(refused.message).toContain(`(baris ${bad})`);
    expect(snapshot(temp.db)).toBe(before);
  });
});
