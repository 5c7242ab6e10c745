import JSZip from 'jszip';
import { buildPermintaanLaporan } from '../../../../shared/document/permintaanLaporan';
import type { Delivery } from '../../../../shared/domain/files';
import type { UnitId } from '../../../../shared/domain/ids';
import type { RequestExportInput } from '../../../../shared/ipc/followUpContract';
import { AppError } from '../../../../shared/ipc/result';
import { renderDocx } from '../../export/docxWriter';
import type { DeliveryKind } from '../../files/fileGateway';
import type { HandlerContext } from '../serviceContext';
import { openLinesOfUnit, unitName, unitsWithOpenCommitments } from '../../repositories/opdRequestRepository';
import { getInstansi } from '../../repositories/settingsRepository';
import { docItems, safeFileName } from './followUpDocuments';
import { buildOpdForm } from './opdForm';
import { signerOf } from './signerOf';
import { templateFile } from '../../repositories/documentTemplatesRepository';
import { fillFollowUpTemplate } from '../../templates/officeTemplates';
import { instansiToday } from './today';

type OutFile = Readonly<{ name: string; bytes: Buffer; kind: DeliveryKind }>;

/**
 * "Minta laporan OPD": for each chosen OPD a letter (DOCX) listing its open commitments
 * and/or the form (XLSX) to fill. One file is delivered as it is; several go in one ZIP.
 */
export async function exportRequests(ctx: HandlerContext, input: RequestExportInput): Promise<Delivery> {
  const db = ctx.db;
  const today = instansiToday(db, ctx.now());
  const units: Array<{ id: UnitId; name: string }> =
    input.unitIds.length === 0
      ? unitsWithOpenCommitments(db)
      : input.unitIds.map((id) => {
          const name = unitName(db, id);
          if (name === null)
            throw new AppError('NOT_FOUND', 'OPD yang dipilih tidak ditemukan; mungkin sudah dihapus.');
          return { id, name };
        });
  if (units.length === 0) throw new AppError('INVALID_INPUT', 'Tidak ada OPD dengan tindak lanjut yang belum selesai.');
  const instansi = getInstansi(db);
  const signer = signerOf(db, input.signerPersonId);
  // Everything is read before the first await, so every file shows the same moment.
  const jobs = units.map((unit) => ({ unit, lines: openLinesOfUnit(db, unit.id) }));
  const withOpen = jobs.filter((job) => job.lines.length > 0);
  if (withOpen.length === 0)
    throw new AppError(
      'INVALID_INPUT',
      `${units.map((unit) => unit.name).join(', ')} tidak punya tindak lanjut yang belum selesai.`,
    );

  // The office's own letter template when she chose one in Pengaturan → Dokumen.
  const office = input.letter ? templateFile(db, 'PERMINTAAN_LAPORAN', true) : null;
  const files: OutFile[] = [];
  for (const { unit, lines } of withOpen) {
    const stem = safeFileName(`${unit.name} - Tindak Lanjut ${today}`);
    if (input.letter) {
      const source = {
        instansi,
        unitName: unit.name,
        letterNumber: input.letterNumber,
        letterDate: today,
        replyBy: input.replyBy,
        items: docItems(lines, today),
        withForm: input.form,
        signer,
      };
      const bytes = office
        ? fillFollowUpTemplate({ kind: 'PERMINTAAN_LAPORAN', source }, office)
        : await renderDocx(buildPermintaanLaporan(source));
      files.push({ name: `Surat Permintaan Laporan ${stem}.docx`, bytes, kind: 'docx' });
    }
    if (input.form) {
      files.push({
        name: `Formulir ${stem}.xlsx`,
        bytes: await buildOpdForm({ unitId: unit.id, unitName: unit.name, asOf: today, replyBy: input.replyBy, lines }),
        kind: 'xlsx',
      });
    }
  }
  const [only] = files;
  if (files.length === 1 && only) return ctx.files.deliver({ bytes: only.bytes, fileName: only.name, kind: only.kind });
  const zip = new JSZip();
  for (const file of files) zip.file(file.name, file.bytes);
  const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  return ctx.files.deliver({ bytes, fileName: `Permintaan Laporan Tindak Lanjut ${today}.zip`, kind: 'zip' });
}
