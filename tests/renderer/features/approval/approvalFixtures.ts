import type { ApprovalState, ApprovalStep, ApprovedVersion } from '../../../../shared/domain/approval';
import type { MeetingId, PersonId } from '../../../../shared/domain/ids';
import type { MeetingDetail, MeetingStatus } from '../../../../shared/domain/meeting';
import { meetingDetail } from '../../../fixtures/meeting/meetingDetail';

export const MEETING_ID = '11111111-1111-4111-8111-111111111111' as MeetingId;
export const CHAIR = '22222222-2222-4222-8222-222222222222' as PersonId;
export const SEKDA = '33333333-3333-4333-8333-333333333333' as PersonId;

export function detail(status: MeetingStatus): MeetingDetail {
  return meetingDetail(MEETING_ID, { status, updatedAt: 2 });
}

export function step(kind: ApprovalStep['step'], fields: Partial<ApprovalStep> = {}): ApprovalStep {
  return {
    id: `step-${kind}`,
    version: 1,
    step: kind,
    personId: CHAIR,
    personName: 'Nama Wakil Bupati Contoh, S.E.',
    personPosition: 'Wakil Bupati Contoh',
    note: '',
    decidedOn: '2026-11-28',
    decidedTime: '09:30',
    recordedBy: 'notulis',
    recordedAt: 1,
    ...fields,
  };
}

export function approvalState(status: MeetingStatus, fields: Partial<ApprovalState> = {}): ApprovalState {
  return {
    meetingId: MEETING_ID,
    status,
    version: 1,
    steps: [],
    lastReturn: null,
    approved: null,
    people: [
      { personId: CHAIR, name: 'Nama Wakil Bupati Contoh, S.E.', position: 'Wakil Bupati Contoh', role: 'CHAIR' },
      { personId: SEKDA, name: 'Sri Wijaya, M.Si.', position: 'Sekretaris Daerah', role: 'SECRETARY' },
    ],
    chairPersonId: CHAIR,
    meetingDate: '2026-11-27',
    gaps: [],
    ...fields,
  };
}

/** Version 1 as the chair approved it on 28 November 2026 at 09.30; a test names who and how often it was exported. */
export function approvedVersion(fields: Partial<ApprovedVersion> = {}): ApprovedVersion {
  return {
    documentId: 'd1',
    version: 1,
    approvedAt: 1,
    approvedOn: '2026-11-28',
    approvedTime: '09:30',
    approvedBy: 'Nama Wakil Bupati Contoh, S.E.',
    sha256: 'ab'.repeat(32),
    verificationCode: 'ABCD-EFGH-JK',
    exports: 0,
    ...fields,
  };
}
