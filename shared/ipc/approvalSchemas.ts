import { z } from 'zod';
import type { ApprovalChange, ApprovalState, VerificationResult, VersionInfo } from '../domain/approval';
import type { MeetingHistory } from '../domain/history';
import type { MeetingId, PersonId } from '../domain/ids';
import { channel, READ, schemasOf, WORKFLOW } from './channelSpec';
import { calendarDate, optionalText, wallClockOrNull } from './meetingSchemaParts';
import { entityId, requiredText, stagedFileId, wholeNumber } from './schemaHelpers';

const meetingId = entityId<MeetingId>('rapat');
const decision = {
  meetingId,
  personId: entityId<PersonId>('pimpinan rapat'),
  decidedOn: calendarDate('Tanggal keputusan pimpinan'),
  decidedTime: wallClockOrNull('Waktu keputusan pimpinan').default(null),
};

const historyLimit = wholeNumber({
  label: 'Batas riwayat',
  min: 1,
  max: 2000,
  below: 'Batas riwayat sedikitnya 1.',
  above: 'Batas riwayat paling banyak 2000.',
}).default(300);
const byMeeting = z.strictObject({ meetingId });

/** The approval namespace, one spec per channel. The steps are 'workflow': they check their own transitions. */
export const approvalSpec = {
  'approval:state': channel<ApprovalState>()(byMeeting, READ),
  /** Draf or Dikembalikan -> Diajukan (to the meeting's chair). */
  'approval:submit': channel<ApprovalChange>()(
    z.strictObject({ meetingId, note: optionalText('Catatan pengajuan', 2000) }),
    WORKFLOW,
  ),
  /** Diajukan -> Dikembalikan with the chair's notes (required). */
  'approval:return': channel<ApprovalChange>()(
    z.strictObject({ ...decision, notes: requiredText('Catatan pimpinan', 5000) }),
    WORKFLOW,
  ),
  /** Diajukan -> Disahkan: stores the version's canonical JSON and SHA-256, and locks the meeting. */
  'approval:approve': channel<ApprovalChange>()(z.strictObject(decision), WORKFLOW),
  /** Disahkan -> a new version in Draf, with the reason (required). */
  'approval:create-revision': channel<ApprovalChange>()(
    z.strictObject({ meetingId, reason: requiredText('Alasan revisi', 2000) }),
    WORKFLOW,
  ),
  'approval:versions': channel<ReadonlyArray<VersionInfo>>()(byMeeting, READ),
  /** The audit log of the meeting, readable, newest first. */
  'approval:history': channel<MeetingHistory>()(z.strictObject({ meetingId, limit: historyLimit }), READ),
  /** The footer's code alone: which version it belongs to. */
  'approval:verify-code': channel<VerificationResult>()(
    z.strictObject({ code: requiredText('Kode verifikasi', 40) }),
    READ,
  ),
  /** A DOCX or PDF staged with purpose 'verify': does it match a file exported from an approved version? */
  'approval:verify-file': channel<VerificationResult>()(
    z.strictObject({
      fileId: stagedFileId('Pilih berkas DOCX atau PDF.'),
    }),
    READ,
  ),
};

export const approvalSchemas = schemasOf(approvalSpec);
