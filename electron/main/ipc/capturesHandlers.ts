import type { CapturesContract } from '../../../shared/ipc/capturesContract';
import {
  createCommitment,
  deleteCommitment,
  listCommitments,
  restoreCommitment,
  updateCommitment,
} from '../repositories/commitmentsRepository';
import {
  createDecision,
  deleteDecision,
  listDecisions,
  restoreDecision,
  updateDecision,
} from '../repositories/decisionsRepository';
import type { Handler } from './handlerTypes';
import { writesInput, writesById } from './handlerShapes';

export const capturesHandlers: { [C in keyof CapturesContract]: Handler<C> } = {
  'decisions:list': (input, ctx) => listDecisions(ctx.db, input.meetingId),
  'decisions:create': writesInput(createDecision),
  'decisions:update': writesInput(updateDecision),
  'decisions:delete': writesById(deleteDecision),
  'decisions:restore': writesById(restoreDecision),
  'commitments:list': (input, ctx) => listCommitments(ctx.db, input.meetingId),
  'commitments:create': writesInput(createCommitment),
  'commitments:update': writesInput(updateCommitment),
  'commitments:delete': writesById(deleteCommitment),
  'commitments:restore': writesById(restoreCommitment),
};
