import { buildLaporanTindakLanjut } from '../../../../shared/document/laporanTindakLanjut';
import type { Delivery } from '../../../../shared/domain/files';
import type { ReportExportInput } from '../../../../shared/ipc/followUpContract';
import { AppError } from '../../../../shared/ipc/result';
import { renderDocx } from '../../export/docxWriter';
import type { HandlerContext } from '../serviceContext';
import { reportLines, seriesTitle } from '../../repositories/opdRequestRepository';
import { getInstansi } from '../../repositories/settingsRepository';
import { docItems, safeFileName } from './followUpDocuments';
import { signerOf } from './signerOf';
import { templateFile } from '../../repositories/documentTemplatesRepository';
import { fillFollowUpTemplate } from '../../templates/officeTemplates';
import { instansiToday } from './today';

/** Laporan Tindak Lanjut (DOCX, landscape) of a series and/or a period of meeting dates. */
export async function exportReport(ctx: HandlerContext, input: ReportExportInput): Promise<Delivery> {
  const db = ctx.db;
  const title = input.seriesId === null ? null : seriesTitle(db, input.seriesId);
  if (input.seriesId !== null && title === null)
    throw new AppError('NOT_FOUND', 'Rapat berkala tidak ditemukan; mungkin sudah dihapus.');
  const today = instansiToday(db, ctx.now());
  const items = docItems(reportLines(db, { seriesId: input.seriesId, from: input.from, to: input.to }), today);
  const source = {
    instansi: getInstansi(db),
    seriesTitle: title,
    from: input.from,
    to: input.to,
    asOf: today,
    items,
    signer: signerOf(db, input.signerPersonId),
  };
  const doc = buildLaporanTindakLanjut(source);
  // The office's own template when she chose one in Pengaturan → Dokumen.
  const office = templateFile(db, 'LAPORAN_TINDAK_LANJUT', true);
  const bytes = office
    ? fillFollowUpTemplate({ kind: 'LAPORAN_TINDAK_LANJUT', source }, office)
    : await renderDocx(doc);
  return ctx.files.deliver({ bytes, fileName: `${safeFileName(doc.title)} ${today}.docx`, kind: 'docx' });
}
