import { describe, expect, it } from 'vitest';
import { MEETING_M1, rowsAcross, useMemoryDb } from '../support/memoryDb';
import { capturesSchemas } from '../../../shared/ipc/capturesSchemas';

const memory = useMemoryDb();

describe('db/migrations/0014-commitment-funding-source', () => {
  it('gives every existing commitment an empty Sumber dana and keeps its text', () => {
    const commitment = `INSERT INTO commitments (id, meeting_id, text, position, created_at, updated_at)
      VALUES ('c1', 'm1', 'Menyusun rencana aksi.', 1, 1, 1);`;
    expect(
      rowsAcross(memory.db, 14, MEETING_M1 + commitment, 'SELECT id, text, funding_source FROM commitments'),
    ).toEqual([{ id: 'c1', text: 'Menyusun rencana aksi.', funding_source: '' }]);
  });

  it('the schema trims a Sumber dana, defaults it to empty and refuses one over 100 characters', () => {
    const base = {
      meetingId: '11111111-1111-4111-8111-111111111111',
      text: 'Menyusun rencana aksi.',
      agendaItemId: null,
      dueDate: null,
      ownerUnitIds: ['22222222-2222-4222-8222-222222222222'],
      programTag: '',
    };
    const schema = capturesSchemas['commitments:create'];
    expect(schema.parse({ ...base, fundingSource: ' APBD ' }).fundingSource).toBe('APBD');
    expect(schema.parse(base).fundingSource).toBe('');
    const refused = schema.safeParse({ ...base, fundingSource: 'x'.repeat(101) });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toBe('Sumber dana terlalu panjang (maks. 100 karakter).');
  });
});
