import { describe, expect, it } from 'vitest';
import { IPC_CHANNELS, isIpcChannel } from '../../../shared/ipc/contract';
import { inputSchemas } from '../../../shared/ipc/schemas';

describe('ipc/contract', () => {
  it('has a validator for exactly the channels of the contract', () => {
    expect(Object.keys(inputSchemas).sort()).toEqual([...IPC_CHANNELS].sort());
  });

  it('names channels namespace:verb', () => {
    for (const channel of IPC_CHANNELS) expect(channel).toMatch(/^[a-z]+:[a-z-]+$/);
  });

  it('does not take inherited object keys for channels', () => {
    expect(isIpcChannel('toString')).toBe(false);
    expect(isIpcChannel('__proto__')).toBe(false);
    expect(isIpcChannel('meetings:list')).toBe(true);
  });

  it("derives each converted channel's input from its schema and refuses a Sifat outside the list", () => {
    const identity = {
      id: '00000000-0000-4000-8000-000000000000',
      kind: 'Rapat',
      title: 'Rakor',
      date: '2026-11-27',
      callTime: null,
      startTime: null,
      endTime: null,
      timeZone: 'Asia/Jakarta',
      place: '',
      invitationNumber: '',
      invitationDate: null,
      chair: { personId: null, acting: '' },
      secretary: { personId: null, acting: '' },
      notulis: { personId: null, acting: '' },
    };
    const schema = inputSchemas['meetings:update-identity'];
    expect(schema.safeParse({ ...identity, sifat: 'SEGERA' }).success).toBe(true);
    const wrong = schema.safeParse({ ...identity, sifat: 'SANGAT_RAHASIA' });
    expect(wrong.success).toBe(false);
    expect(wrong.error?.issues.map((issue) => issue.message)).toEqual([
      'Sifat harus Biasa, Penting, Segera atau Rahasia.',
    ]);
  });

  it('refuses unknown keys instead of silently dropping them', () => {
    const parsed = inputSchemas['meetings:rename'].safeParse({
      id: '00000000-0000-4000-8000-000000000000',
      title: 'x',
      status: 'DISAHKAN',
    });
    expect(parsed.success).toBe(false);
  });
});
