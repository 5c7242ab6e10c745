import type { ApprovalChange, ApprovalState } from '../../../shared/domain/approval';
import type { ApprovalContract } from '../../../shared/ipc/approvalContract';
import type { Db } from '../db/connection';
import { getMeetingDetail } from '../repositories/meetingIdentityRepository';
import {
  approvalState,
  approveMinutes,
  createRevision,
  listVersions,
  returnWithNotes,
  submitForApproval,
} from '../services/approval/approvalService';
import { meetingHistory } from '../services/approval/meetingHistory';
import { verifyCode, verifyFile } from '../services/approval/verification';
import { comparePdfText } from '../services/documents/pdfVerification';
import { writeContext, type Handler } from './handlerTypes';

/** The new state with the meeting's header, so the page's status badge follows at once. */
function change(db: Db, state: ApprovalState): ApprovalChange {
  return { state, meeting: getMeetingDetail(db, state.meetingId) };
}

export const approvalHandlers: { [C in keyof ApprovalContract]: Handler<C> } = {
  'approval:state': (input, ctx) => approvalState(ctx.db, input.meetingId),
  'approval:submit': (input, ctx) => change(ctx.db, submitForApproval(ctx.db, input, writeContext(ctx))),
  'approval:return': (input, ctx) => change(ctx.db, returnWithNotes(ctx.db, input, writeContext(ctx))),
  'approval:approve': (input, ctx) => {
    const approved = change(ctx.db, approveMinutes(ctx.db, input, writeContext(ctx)));
    // A backup of the approved minutes, made in the background: her answer does not wait for the copy.
    ctx.backupSchedule?.afterApproval();
    return approved;
  },
  'approval:create-revision': (input, ctx) => change(ctx.db, createRevision(ctx.db, input, writeContext(ctx))),
  'approval:versions': (input, ctx) => listVersions(ctx.db, input.meetingId),
  'approval:history': (input, ctx) => meetingHistory(ctx.db, input.meetingId, input.limit),
  'approval:verify-code': (input, ctx) => verifyCode(ctx.db, input.code),
  'approval:verify-file': (input, ctx) =>
    verifyFile(ctx, input.fileId, (record, pages) => comparePdfText(ctx.db, record, pages)),
};
