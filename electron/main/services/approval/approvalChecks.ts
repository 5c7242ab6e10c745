import type { ApprovalGap, ApprovalStep } from '../../../../shared/domain/approval';
import { formatLongDate } from '../../../../shared/domain/dates';
import type { MeetingId } from '../../../../shared/domain/ids';
import type { ChairDecision } from '../../../../shared/ipc/approvalContract';
import { AppError } from '../../../../shared/ipc/result';
import type { Db } from '../../db/connection';
import { approvalGaps } from '../../repositories/approvalReadiness';
import { getInstansi } from '../../repositories/settingsRepository';
import type { WriteContext } from '../../repositories/writeContext';
import { instantOf, wallClockAt } from './zonedTime';

/*
 * The checks a workflow step makes before it writes (issue 14): the Notula is complete
 * enough for the step, and the chair's decision is dated between the submission it
 * decides and now. Each refusal names what to do, in Indonesian.
 */

/** The gap in words, as the refusal lists it (the renderer has its own, per language). */
function gapText(gap: ApprovalGap): string {
  switch (gap.kind) {
    case 'CHAIR':
      return 'Pimpinan Rapat (Ketua) belum ditentukan';
    case 'DATE':
      return 'tanggal rapat belum diisi';
    case 'START_TIME':
      return 'waktu mulai rapat belum diisi';
    case 'END_TIME':
      return 'waktu selesai rapat belum diisi';
    case 'AGENDA':
      return 'acara rapat belum diisi';
    case 'OPENING':
      return 'Kata Pembukaan belum ditulis';
    case 'DISCUSSION':
      return `Pembahasan acara "${gap.agendaTitle ?? ''}" belum ditulis`;
    case 'CONCLUSION':
      return 'Keputusan/Kesimpulan belum ditulis (tulis kesimpulan atau catat keputusan)';
  }
}

/** Refuses the step while a gap that blocks it is open, listing every one of them. */
export function assertComplete(db: Db, meetingId: MeetingId, step: 'submit' | 'approve'): void {
  const open = approvalGaps(db, meetingId).filter((gap) => step === 'approve' || gap.blocks === 'submit');
  if (open.length === 0) return;
  const list = open.map(gapText).join('; ');
  const message =
    step === 'submit'
      ? `Notula belum dapat diajukan karena belum lengkap: ${list}. Lengkapi dulu, lalu ajukan lagi.`
      : `Notula belum dapat disahkan karena belum lengkap: ${list}. Kembalikan dengan catatan untuk melengkapinya.`;
  throw new AppError('INVALID_INPUT', message);
}

const clock = (time: string) => time.replace(':', '.');

/**
 * A return or an approval is dated on or after the meeting's day and the submission it
 * decides, and not after now: the day is today's at the latest in the office's (instansi)
 * zone, the time not later than now in the meeting's zone.
 */
export function assertDecisionDate(
  db: Db,
  meeting: Readonly<{ date: string; timeZone: string }>,
  submitted: ApprovalStep | null,
  input: ChairDecision,
  ctx: WriteContext,
): void {
  if (input.decidedOn < meeting.date)
    throw new AppError('INVALID_INPUT', 'Tanggal keputusan pimpinan tidak boleh sebelum tanggal rapat.');
  if (submitted) {
    // Same day: only two known times can be compared; a day alone is never "before" its own day.
    const sameDayEarlier =
      input.decidedOn === submitted.decidedOn &&
      input.decidedTime !== null &&
      submitted.decidedTime !== null &&
      input.decidedTime < submitted.decidedTime;
    const before = input.decidedOn < submitted.decidedOn || sameDayEarlier;
    if (before) {
      const at = submitted.decidedTime ? ` pukul ${clock(submitted.decidedTime)}` : '';
      throw new AppError(
        'INVALID_INPUT',
        `Keputusan pimpinan tidak boleh bertanggal sebelum notula diajukan (${formatLongDate(submitted.decidedOn)}${at}). ` +
          'Periksa tanggal dan waktunya.',
      );
    }
  }
  const today = wallClockAt(getInstansi(db).timeZone, ctx.now);
  const laterToday =
    input.decidedTime !== null && instantOf(meeting.timeZone, input.decidedOn, input.decidedTime) > ctx.now;
  if (input.decidedOn > today.date || laterToday) {
    const message = `Tanggal dan waktu keputusan pimpinan tidak boleh di masa depan (hari ini ${formatLongDate(today.date)}).`;
    throw new AppError('INVALID_INPUT', message);
  }
}
