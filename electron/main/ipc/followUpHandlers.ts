import type { FollowUpContract } from '../../../shared/ipc/followUpContract';
import { readCarryOverPage } from '../repositories/carryOverPage';
import { filterOptions } from '../repositories/followUpDashboardRepository';
import { getFollowUp, listFollowUps } from '../repositories/followUpRepository';
import { getReminderSettings, updateReminderSettings } from '../repositories/followUpSettingsRepository';
import { addProgressUpdate, deliverEvidence } from '../services/followUp/progressUpdates';
import { applyOpdImport, previewOpdImport, type ReadOpdForm } from '../services/followUp/opdImport';
import { runRead } from '../workers/runRead';
import { followUpDashboard, markRemindersSeen, reminderInbox } from '../services/followUp/reminders';
import { exportReport } from '../services/followUp/reportExport';
import { exportRequests } from '../services/followUp/requestExport';
import { instansiToday } from '../services/followUp/today';
import { type Handler, type HandlerContext } from './handlerTypes';
import { readsAll, readsInput, writesInput } from './handlerShapes';

const today = (ctx: HandlerContext) => instansiToday(ctx.db, ctx.now());

/** Returned OPD forms are read in the import worker (workers/jobs.ts). */
const formInWorker =
  (ctx: HandlerContext): ReadOpdForm =>
  (bytes) =>
    runRead(ctx, 'import', 'read-opd-form', { bytes });

export const followUpHandlers: { [C in keyof FollowUpContract]: Handler<C> } = {
  'followup:dashboard': (_input, ctx) => followUpDashboard(ctx.db, ctx.now()),
  'followup:list': (input, ctx) => listFollowUps(ctx.db, input, today(ctx)),
  'followup:filter-options': readsAll(filterOptions),
  'followup:get': (input, ctx) => getFollowUp(ctx.db, input.id, today(ctx)),
  'followup:add-update': (input, ctx) => addProgressUpdate(ctx, input),
  'followup:evidence-download': (input, ctx) => deliverEvidence(ctx, input.updateId, input.index),
  'followup:carryover': readsInput(readCarryOverPage),
  'followup:request-export': (input, ctx) => exportRequests(ctx, input),
  'followup:import-preview': (input, ctx) => previewOpdImport(ctx, formInWorker(ctx), input),
  'followup:import-apply': (input, ctx) => applyOpdImport(ctx, formInWorker(ctx), input),
  'followup:report-export': (input, ctx) => exportReport(ctx, input),
  'followup:reminders': (_input, ctx) => reminderInbox(ctx.db, ctx.now()),
  'followup:reminders-seen': (_input, ctx) => markRemindersSeen(ctx.db, ctx.now()),
  'followup:get-reminder-settings': readsAll(getReminderSettings),
  'followup:update-reminder-settings': writesInput(updateReminderSettings),
};
