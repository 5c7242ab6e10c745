import { describe, expect, it } from 'vitest';
import {
  getInvitationLetter,
  invitationLetterSource,
  updateInvitationLetter,
} from '../../../electron/main/repositories/invitationLetterRepository';
import Database from 'better-sqlite3';
import { applyPragmas } from '../../../electron/main/db/connection';
import { migrate } from '../../../electron/main/db/migrate';
import { MIGRATIONS } from '../../../electron/main/db/migrations';
import { emptyInvitationLetter } from '../../../shared/domain/invitationLetter';
import type { PersonId } from '../../../shared/domain/ids';
import { letterSchemas as schemas } from '../../../shared/ipc/letterSchemas';
import { seedMeeting } from '../support/followUpSeed';
import { ctxAt, MISSING_ID } from '../support/preparationSeed';
import { useSeededDb } from '../support/useTempDb';

const { temp, seed } = useSeededDb();

const letterInput = (meetingId: ReturnType<typeof seedMeeting>, signer: PersonId | null) => ({
  meetingId,
  hal: 'Undangan Rapat Koordinasi Percepatan Penurunan Stunting',
  lampiran: '',
  addressee: '',
  opening: '',
  closing: 'Mengingat pentingnya acara, dimohon hadir tepat waktu.',
  tembusan: 'Bupati Contoh (sebagai laporan);\n\n  Wakil Bupati Contoh.  ',
  signer: { personId: signer, acting: 'Plh.' as const },
  onBehalfOf: 'Bupati Contoh',
  form: 'NOTA_DINAS' as const,
});

describe('invitationLetterRepository', () => {
  it('reads the empty letter before any edit, then keeps what was saved, with an audit line', () => {
    const meetingId = seedMeeting(temp.db, '2026-11-27');
    expect(getInvitationLetter(temp.db, meetingId)).toEqual(emptyInvitationLetter(meetingId));
    const saved = updateInvitationLetter(temp.db, letterInput(meetingId, seed.people.sekda), ctxAt(1000));
    expect(saved).toMatchObject({
      hal: 'Undangan Rapat Koordinasi Percepatan Penurunan Stunting',
      signer: { personId: seed.people.sekda, acting: 'Plh.' },
      onBehalfOf: 'Bupati Contoh',
      form: 'NOTA_DINAS',
    });
    expect(getInvitationLetter(temp.db, meetingId)).toEqual(saved);
    // Saved again: one row, replaced whole.
    updateInvitationLetter(temp.db, { ...letterInput(meetingId, null), hal: '' }, ctxAt(2000));
    expect(getInvitationLetter(temp.db, meetingId)).toMatchObject({ hal: '', signer: { personId: null, acting: '' } });
    const audits = temp.db
      .prepare("SELECT COUNT(*) AS n FROM audit_log WHERE entity = 'invitation_letter' AND entity_id = ?")
      .get(meetingId) as { n: number };
    expect(audits.n).toBe(2);
  });

  it('gives the documents the signer by the one signer rule and the tembusan as lines', () => {
    const meetingId = seedMeeting(temp.db, '2026-11-27');
    updateInvitationLetter(temp.db, letterInput(meetingId, seed.people.sekda), ctxAt(1000));
    const source = invitationLetterSource(temp.db, meetingId);
    expect(source.tembusan).toEqual(['Bupati Contoh (sebagai laporan);', 'Wakil Bupati Contoh.']);
    expect(source.signer).toMatchObject({ office: 'SEKDA', acting: 'Plh.' });
  });

  it('refuses a signer who is not in the master data, and a meeting that does not exist', () => {
    const meetingId = seedMeeting(temp.db, '2026-11-27');
    expect(() => updateInvitationLetter(temp.db, letterInput(meetingId, MISSING_ID as PersonId), ctxAt(1000))).toThrow(
      /penanda tangan/,
    );
    expect(() => getInvitationLetter(temp.db, MISSING_ID as typeof meetingId)).toThrow(/Rapat tidak ditemukan/);
  });

  it('the schema refuses an unknown acting prefix and unknown keys', () => {
    const meetingId = seedMeeting(temp.db, '2026-11-27');
    const bad = { ...letterInput(meetingId, null), signer: { personId: null, acting: 'Pjs' } };
    expect(schemas['letter:update'].safeParse(bad).success).toBe(false);
    expect(schemas['letter:update'].safeParse({ ...letterInput(meetingId, null), extra: 1 }).success).toBe(false);
    expect(schemas['letter:update'].safeParse(letterInput(meetingId, null)).success).toBe(true);
  });

  it('migration 0012 adds the table to a file of version 11 and keeps its meetings', () => {
    const old = new Database(':memory:');
    try {
      applyPragmas(old);
      migrate(old, {}, MIGRATIONS, 11);
      old.exec(
        `INSERT INTO meetings (id, title, date, created_at, updated_at) VALUES ('m1', 'Rakor', '2026-11-27', 1, 1)`,
      );
      migrate(old, {}, MIGRATIONS, 12);
      expect(old.pragma('user_version', { simple: true })).toBe(12);
      expect(old.prepare('SELECT id, title FROM meetings').all()).toEqual([{ id: 'm1', title: 'Rakor' }]);
      expect(old.prepare('SELECT COUNT(*) AS n FROM invitation_letters').get()).toEqual({ n: 0 });
      expect(() =>
        old
          .prepare(
            `INSERT INTO invitation_letters (meeting_id, signer_acting, created_at, updated_at) VALUES ('m1', 'Pjs.', 1, 1)`,
          )
          .run(),
      ).toThrow(/CHECK constraint/);
    } finally {
      old.close();
    }
  });
});
