import { alignSections } from '../../repositories/minuteSectionsSync';
import type { MeetingId } from '../../../../shared/domain/ids';
import type { Migration } from './index';

/*
 * Reading the minutes no longer writes (issue 14): a meeting's sections are made with the
 * meeting and follow each agenda change (repositories/minuteSectionsSync.ts). Older files
 * have meetings whose sections were never made (never opened in "Berlangsung") or lag an
 * agenda change made since; this aligns them once, so those meetings read as before.
 * Approved meetings are left as they are: their Notula was read as it stood.
 */
export const migration0007: Migration = {
  version: 7,
  name: '0007-minute-sections-made',
  up: (db) => {
    const ctx = { now: Date.now(), actor: 'pembaruan aplikasi' };
    const meetings = db.prepare("SELECT id FROM meetings WHERE status <> 'DISAHKAN' ORDER BY created_at").all() as Array<{ id: MeetingId }>;
    for (const meeting of meetings) alignSections(db, meeting.id, ctx);
  },
};
