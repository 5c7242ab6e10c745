import { randomUUID } from 'node:crypto';
import { extensionOf } from '../../../../shared/domain/files';
import type { CommitmentDetail, UpdateId } from '../../../../shared/domain/followUpViews';
import type { Delivery } from '../../../../shared/domain/files';
import type { NewProgressUpdate } from '../../../../shared/ipc/followUpContract';
import { AppError } from '../../../../shared/ipc/result';
import type { DeliveryKind } from '../../files/fileGateway';
import { writeContext, type HandlerContext } from '../serviceContext';
import { addUpdate, evidenceOf } from '../../repositories/commitmentUpdatesRepository';
import { getFollowUp } from '../../repositories/followUpRepository';
import type { StoredEvidence } from '../../repositories/followUpSql';
import { readEvidence, storeEvidence } from './evidenceStore';
import { instansiToday } from './today';

/**
 * One progress report: evidence files are copied into bukti/ first (named after the
 * update), then the row is written; if the write is refused the copies are removed,
 * so neither a row without its files nor a stray file stays behind.
 */
export function addProgressUpdate(ctx: HandlerContext, input: NewProgressUpdate): CommitmentDetail {
  const id = randomUUID() as UpdateId;
  const stored = storeEvidence(ctx.files, ctx.appInfo.dataFile, id, input.fileIds);
  const links: StoredEvidence[] = input.links.map((url) => ({ kind: 'link', url }));
  let commitmentId;
  try {
    const owner = addUpdate(
      ctx.db,
      {
        id,
        ownerId: input.ownerId,
        reportedOn: input.reportedOn,
        status: input.status,
        reason: input.reason,
        text: input.text,
        percent: input.percent,
        evidence: [...stored.evidence, ...links],
        meetingId: input.meetingId ?? null,
      },
      writeContext(ctx),
    );
    commitmentId = owner.commitmentId;
  } catch (error) {
    stored.remove();
    throw error;
  }
  for (const fileId of input.fileIds) ctx.files.discard(fileId);
  return getFollowUp(ctx.db, commitmentId, instansiToday(ctx.db, ctx.now()));
}

const KIND_BY_EXTENSION: Readonly<Record<string, DeliveryKind>> = {
  pdf: 'pdf',
  docx: 'docx',
  xlsx: 'xlsx',
  png: 'png',
  jpg: 'jpeg',
  jpeg: 'jpeg',
};

/** Hands a stored evidence file back to her (save dialog or download). */
export async function deliverEvidence(ctx: HandlerContext, updateId: UpdateId, index: number): Promise<Delivery> {
  const item = evidenceOf(ctx.db, updateId)[index];
  if (!item) throw new AppError('NOT_FOUND', 'Berkas bukti tidak ditemukan.');
  if (item.kind === 'link') throw new AppError('INVALID_INPUT', 'Bukti ini berupa tautan; buka tautannya di peramban.');
  const kind = KIND_BY_EXTENSION[extensionOf(item.name)] ?? 'pdf';
  return ctx.files.deliver({ bytes: readEvidence(ctx.appInfo.dataFile, item.storedName), fileName: item.name, kind });
}
