import { z } from 'zod';
import { OWNER_STATUSES } from '../../shared/domain/commitment';
import { todayIn } from '../../shared/domain/dates';
import { reportDateProblem } from '../../shared/domain/followUp';
import { inTransaction, type Pool } from '../db/pool';
import { HttpError, invalidInput, notFound } from '../http/errors';
import type { AccountView } from '../store/accountsStore';
import { audit } from '../store/auditStore';
import { unitMayRead } from '../store/filesStore';
import { newestUpdateId, ownerForReport, setOwnerStatus, updateRow } from '../store/portalStore';
import { findRow, linkEvidence, lockRegistryWrites, nextSeq, writeRow } from '../store/registryStore';
import type { Row } from '../registry/entities';

const SHA256 = /^[0-9a-f]{64}$/;

export const reportSchema = z.strictObject({
  id: z.uuid({ error: 'id laporan harus UUID.' }).optional(),
  reported_on: z.iso.date({ error: 'Tanggal laporan harus berformat YYYY-MM-DD.' }),
  status: z.enum(OWNER_STATUSES, { error: 'Status tidak dikenal.' }),
  progress_text: z
    .string()
    .trim()
    .min(1, { error: 'Uraian perkembangan wajib diisi.' })
    .max(5000, { error: 'Uraian perkembangan paling panjang 5.000 karakter.' }),
  percent: z
    .number()
    .int()
    .min(0, { error: 'Persentase 0 sampai 100.' })
    .max(100, { error: 'Persentase 0 sampai 100.' })
    .nullable()
    .optional(),
  evidence: z
    .array(
      z.strictObject({
        sha256: z.string().regex(SHA256, { error: 'sha256 bukti tidak valid.' }),
        name: z.string().trim().min(1).max(255),
        size: z
          .number()
          .int()
          .nonnegative()
          .max(20 * 1024 * 1024),
        mime: z.string().max(255),
      }),
    )
    .max(10, { error: 'Paling banyak 10 berkas bukti per laporan.' }),
});
export type ReportInput = z.infer<typeof reportSchema>;

/**
 * An OPD's progress report: a commitment_updates row with the next seq, and, when it is the owner's
 * newest report, the owner's status as the desktop sets it. Another unit's owner is "not found".
 */
export async function postReport(
  pool: Pool,
  account: AccountView,
  ownerId: string,
  input: ReportInput,
  now: Date,
): Promise<{ status: number; row: Row & { seq: number } }> {
  return inTransaction(pool, async (client) => {
    await lockRegistryWrites(client);
    const owner = await ownerForReport(client, ownerId);
    const notFoundError = notFound('Butir tindak lanjut tidak ditemukan.');
    if (owner === null || (account.role === 'opd' && owner.unit_id !== account.unit_id)) throw notFoundError;
    const id = input.id ?? crypto.randomUUID();
    const existing = await findRow(client, 'commitment_updates', id);
    if (existing !== null) {
      // The same report sent twice (a lost answer) is the same report; an id used elsewhere is refused.
      if (existing.row['owner_id'] !== ownerId) throw new HttpError(409, 'CONFLICT', 'id laporan sudah dipakai.');
      return { status: 200, row: (await updateRow(client, id))! };
    }
    const problem = reportDateProblem(input.reported_on, owner.meeting_date, todayIn(owner.time_zone, now));
    if (problem !== null) throw invalidInput(problem);
    for (const file of input.evidence) {
      if (!(await unitMayRead(client, file.sha256, owner.unit_id, account.id))) {
        throw new HttpError(
          400,
          'MISSING_FILE',
          `Berkas bukti "${file.name}" belum terunggah. Unggah ulang berkasnya.`,
        );
      }
    }
    const nowMs = now.getTime();
    const reason = input.status === 'TIDAK_DAPAT' ? input.progress_text : '';
    const row: Row = {
      id,
      owner_id: ownerId,
      reported_on: input.reported_on,
      status: input.status,
      progress_text: input.progress_text,
      percent: input.percent ?? null,
      evidence_json: JSON.stringify(input.evidence),
      meeting_id: null,
      created_at: nowMs,
      updated_at: nowMs,
      status_reason: reason,
    };
    const seq = await writeRow(client, 'commitment_updates', row, null, account.id);
    await linkEvidence(
      client,
      id,
      input.evidence.map((file) => file.sha256),
    );
    await audit(client, {
      accountId: account.id,
      username: account.username,
      action: 'portal.report',
      entity: 'commitment_updates',
      entityId: id,
      seq,
    });
    if (
      (await newestUpdateId(client, ownerId)) === id &&
      (owner.status !== input.status || owner.status_reason !== reason)
    ) {
      const ownerSeq = await nextSeq(client);
      await setOwnerStatus(client, ownerId, input.status, reason, nowMs, ownerSeq, account.id);
      await audit(client, {
        accountId: account.id,
        username: account.username,
        action: 'portal.status',
        entity: 'commitment_owners',
        entityId: ownerId,
        seq: ownerSeq,
        detail: { from: owner.status, to: input.status },
      });
    }
    return { status: 201, row: { ...row, seq } };
  });
}
