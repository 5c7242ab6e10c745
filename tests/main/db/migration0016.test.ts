import { describe, expect, it } from 'vitest';
import { MEETING_M1, rowsAcross, useMemoryDb } from '../support/memoryDb';
import { letterSchemas } from '../../../shared/ipc/letterSchemas';
import type { MeetingId } from '../../../shared/domain/ids';
import { emptyInvitationLetter } from '../../../shared/domain/invitationLetter';

const memory = useMemoryDb();

describe('db/migrations/0016-invitation-form', () => {
  it("keeps every letter written before as it was, following the instansi's form (''), and refuses an unknown form", () => {
    const letter = `INSERT INTO invitation_letters (meeting_id, hal, created_at, updated_at) VALUES ('m1', 'Undangan Rakor', 1, 1);`;
    expect(
      rowsAcross(memory.db, 16, MEETING_M1 + letter, 'SELECT meeting_id, hal, form FROM invitation_letters'),
    ).toEqual([{ meeting_id: 'm1', hal: 'Undangan Rakor', form: '' }]);
    memory.db.prepare(`UPDATE invitation_letters SET form = 'NOTA_DINAS'`).run();
    expect(() => memory.db.prepare(`UPDATE invitation_letters SET form = 'MEMO'`).run()).toThrow(/CHECK/);
  });

  it('the schema takes the two forms or "" and says what it wants otherwise', () => {
    // A letter never edited, as the Persiapan panel sends it back.
    const input = emptyInvitationLetter('11111111-1111-4111-8111-111111111111' as MeetingId);
    const schema = letterSchemas['letter:update'];
    expect(schema.parse({ ...input, form: 'NOTA_DINAS' }).form).toBe('NOTA_DINAS');
    expect(schema.parse({ ...input, form: '' }).form).toBe('');
    const refused = schema.safeParse({ ...input, form: 'MEMO' });
    expect(refused.error?.issues[0]?.message).toBe('Bentuk undangan harus Surat Undangan atau Nota Dinas.');
  });
});
