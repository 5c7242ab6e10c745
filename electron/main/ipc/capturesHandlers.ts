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
import { writeContext, type Handler } from './handlerTypes';

export const capturesHandlers: { [C in keyof CapturesContract]: Handler<C> } = {
  'decisions:list': (input, ctx) => listDecisions(ctx.db, input.meetingId),
  'decisions:create': (input, ctx) => createDecision(ctx.db, input, writeContext(ctx)),
  'decisions:update': (input, ctx) => updateDecision(ctx.db, input, writeContext(ctx)),
  'decisions:delete': (input, ctx) => deleteDecision(ctx.db, input.id, writeContext(ctx)),
  'decisions:restore': (input, ctx) => restoreDecision(ctx.db, input.id, writeContext(ctx)),
  'commitments:list': (input, ctx) => listCommitments(ctx.db, input.meetingId),
  'commitments:create': (input, ctx) => createCommitment(ctx.db, input, writeContext(ctx)),
  'commitments:update': (input, ctx) => updateCommitment(ctx.db, input, writeContext(ctx)),
  'commitments:delete': (input, ctx) => deleteCommitment(ctx.db, input.id, writeContext(ctx)),
  'commitments:restore': (input, ctx) => restoreCommitment(ctx.db, input.id, writeContext(ctx)),
};
