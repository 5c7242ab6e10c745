import { randomUUID } from 'node:crypto';
import { OWNER_STATUS_LABELS, OWNER_STATUSES, type OwnerStatus } from '../../../../shared/domain/commitment';
import type {
  ImportPreview,
  ImportResult,
  ImportRowPreview,
  OwnerId,
  UpdateId,
} from '../../../../shared/domain/followUpViews';
import type { UnitId } from '../../../../shared/domain/ids';
import { reportDateProblem } from '../../../../shared/domain/followUp';
import type { ImportInput } from '../../../../shared/ipc/followUpContract';
import { AppError } from '../../../../shared/ipc/result';
import type { Db } from '../../db/connection';
import { writeContext, type HandlerContext } from '../serviceContext';
import {
  addUpdates,
  findOwner,
  type OwnerFacts,
  type UpdateFields,
} from '../../repositories/commitmentUpdatesRepository';
import { unitName } from '../../repositories/opdRequestRepository';
import { rowCheck } from './opdForm';
import type { FormRow, readOpdForm } from './opdFormReader';
import { instansiToday } from './today';

/*
 * The OPD's reply comes back as the form we sent. Every row is matched by its hidden
 * ids and check code, never by its text: a row whose ids were edited, that belongs to
 * another OPD, or that names a deleted commitment is reported, not guessed at. Apply
 * writes every change in one transaction, and only when no row has a problem.
 */

type Plan = Readonly<{ preview: ImportPreview; updates: ReadonlyArray<UpdateFields> }>;

const BY_LABEL = new Map<string, OwnerStatus>(
  OWNER_STATUSES.flatMap((status) => [
    [OWNER_STATUS_LABELS[status].toLowerCase(), status],
    [status.toLowerCase(), status],
  ]),
);

const LINK = /^https?:\/\/\S+$/i;

type Verdict = Readonly<{ preview: ImportRowPreview; update: UpdateFields | null }>;

function errorRow(row: FormRow, problem: string, owner: OwnerFacts | null = null): Verdict {
  return {
    preview: {
      row: row.row,
      outcome: 'ERROR',
      commitmentText: owner?.commitmentText ?? row.text,
      unitName: owner?.unitName ?? '',
      currentStatus: owner?.status ?? null,
      newStatus: null,
      progress: row.progress,
      percent: row.percent,
      link: row.links.join(' '),
      problem,
    },
    update: null,
  };
}

/** Which owner a row names, or why it names none we can trust. */
function matchOwner(db: Db, row: FormRow, fileUnitId: string, fileUnitName: string): OwnerFacts | string {
  if (row.commitmentId === '' || row.ownerId === '' || row.check === '') {
    return 'Kode tindak lanjut di baris ini kosong, sehingga tidak dapat dicocokkan dengan butir mana pun.';
  }
  const owner = findOwner(db, row.ownerId);
  const intact =
    owner !== null &&
    owner.commitmentId === row.commitmentId &&
    row.check === rowCheck(row.commitmentId, row.ownerId, owner.unitId);
  if (intact && owner.unitId !== fileUnitId)
    return `Baris ini milik ${owner.unitName}, bukan ${fileUnitName}; kirim baris itu lewat formulir OPD-nya sendiri.`;
  if (intact) return owner;
  if (row.check === rowCheck(row.commitmentId, row.ownerId, fileUnitId)) {
    return 'Butir tindak lanjut pada baris ini tidak ditemukan lagi (mungkin sudah dihapus).';
  }
  return 'Kode tindak lanjut di baris ini sudah diubah, sehingga baris tidak dicocokkan. Minta OPD memakai formulir aslinya.';
}

function judgeRow(
  db: Db,
  row: FormRow,
  fileUnitId: string,
  fileUnitName: string,
  today: string,
  seen: Set<string>,
): Verdict {
  const owner = matchOwner(db, row, fileUnitId, fileUnitName);
  if (typeof owner === 'string') return errorRow(row, owner);
  if (seen.has(owner.id)) return errorRow(row, 'Butir ini muncul lebih dari sekali dalam berkas.', owner);
  seen.add(owner.id);
  // The form has no date column: the reply is dated the day it is imported, under the same rule as the form.
  const dateProblem = reportDateProblem(today, owner.originMeetingDate, today);
  if (dateProblem !== null) return errorRow(row, dateProblem, owner);

  const typed = row.status === '' ? null : (BY_LABEL.get(row.status.trim().toLowerCase()) ?? undefined);
  if (typed === undefined)
    return errorRow(row, `Status "${row.status}" tidak dikenal; pilih salah satu dari daftar.`, owner);
  if (row.percentText !== '')
    return errorRow(row, `Persentase "${row.percentText}" bukan angka; isi angka 0 sampai 100.`, owner);
  const percent = row.percent === null ? null : Math.round(row.percent);
  if (percent !== null && (percent < 0 || percent > 100))
    return errorRow(row, 'Persentase harus di antara 0 dan 100.', owner);
  const badLink = row.links.find((link) => !LINK.test(link) || link.length > 2000);
  if (badLink)
    return errorRow(row, `Tautan bukti "${badLink}" harus alamat web yang diawali http:// atau https://.`, owner);
  const status = typed ?? owner.status;
  if (status === 'TIDAK_DAPAT' && row.progress === '') {
    return errorRow(row, 'Untuk "Tidak Dapat Ditindaklanjuti", alasannya wajib ditulis di kolom Perkembangan.', owner);
  }
  const unchanged = status === owner.status && row.progress === '' && percent === null && row.links.length === 0;
  const preview: ImportRowPreview = {
    row: row.row,
    outcome: unchanged ? 'UNCHANGED' : 'CHANGE',
    commitmentText: owner.commitmentText,
    unitName: owner.unitName,
    currentStatus: owner.status,
    newStatus: status,
    progress: row.progress,
    percent,
    link: row.links.join(' '),
    problem: '',
  };
  if (unchanged) return { preview, update: null };
  return {
    preview,
    update: {
      id: randomUUID() as UpdateId,
      ownerId: owner.id as OwnerId,
      reportedOn: today,
      status,
      reason: status === 'TIDAK_DAPAT' ? row.progress : '',
      text: row.progress,
      percent,
      evidence: row.links.map((url) => ({ kind: 'link', url })),
      meetingId: null,
    },
  };
}

/**
 * Reads a returned form (opdFormReader.readOpdForm). The follow-up handler passes one that
 * runs in the import worker (workers/jobs.ts), so her autosaves are answered meanwhile.
 */
export type ReadOpdForm = (bytes: Uint8Array) => Promise<Awaited<ReturnType<typeof readOpdForm>>>;

async function plan(ctx: HandlerContext, readForm: ReadOpdForm, input: ImportInput): Promise<Plan> {
  const staged = ctx.files.read(input.fileId);
  const read = await readForm(staged.bytes);
  const empty = { fileName: staged.name, unitId: null, unitName: '', rows: [], changes: 0, errors: 0 };
  if (!read.ok) return { preview: { ...empty, fileProblems: [read.problem] }, updates: [] };
  // Everything from here on is synchronous, so what is checked is what gets written.
  const db = ctx.db;
  const name = unitName(db, read.unitId as UnitId);
  if (name === null) {
    return {
      preview: {
        ...empty,
        unitName: read.unitName,
        fileProblems: [`OPD pada formulir ini (${read.unitName || 'tanpa nama'}) tidak ada di data master.`],
      },
      updates: [],
    };
  }
  const fileProblems: string[] = [];
  if (input.expectedUnitId && input.expectedUnitId !== read.unitId) {
    fileProblems.push(
      `Berkas ini formulir untuk ${name}, bukan untuk ${unitName(db, input.expectedUnitId) ?? 'OPD yang dipilih'}.`,
    );
  }
  const today = instansiToday(db, ctx.now());
  const seen = new Set<string>();
  const verdicts = read.rows.map((row) => judgeRow(db, row, read.unitId, name, today, seen));
  const rows = verdicts.map((verdict) => verdict.preview);
  if (rows.length === 0) fileProblems.push('Formulir ini tidak berisi satu baris tindak lanjut pun.');
  return {
    preview: {
      fileName: staged.name,
      unitId: read.unitId as UnitId,
      unitName: name,
      rows,
      changes: rows.filter((row) => row.outcome === 'CHANGE').length,
      errors: rows.filter((row) => row.outcome === 'ERROR').length,
      fileProblems,
    },
    updates: verdicts.flatMap((verdict) => (verdict.update ? [verdict.update] : [])),
  };
}

export async function previewOpdImport(
  ctx: HandlerContext,
  readForm: ReadOpdForm,
  input: ImportInput,
): Promise<ImportPreview> {
  return (await plan(ctx, readForm, input)).preview;
}

export async function applyOpdImport(
  ctx: HandlerContext,
  readForm: ReadOpdForm,
  input: ImportInput,
): Promise<ImportResult> {
  const { preview, updates } = await plan(ctx, readForm, input);
  if (preview.fileProblems.length > 0)
    throw new AppError('INVALID_INPUT', `${preview.fileProblems.join(' ')} Tidak ada yang disimpan.`);
  if (preview.errors > 0) {
    const rows = preview.rows.filter((row) => row.outcome === 'ERROR').map((row) => row.row);
    throw new AppError(
      'INVALID_INPUT',
      `Berkas ini masih memiliki ${preview.errors} baris bermasalah (baris ${rows.join(', ')}), jadi tidak ada yang disimpan. ` +
        'Perbaiki barisnya atau minta OPD mengirim ulang formulirnya.',
    );
  }
  if (updates.length === 0)
    throw new AppError('INVALID_INPUT', 'Tidak ada perubahan dalam berkas ini; tidak ada yang disimpan.');
  const applied = addUpdates(ctx.db, updates, writeContext(ctx));
  ctx.files.discard(input.fileId);
  return { applied, unitName: preview.unitName };
}
