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

  it('refuses unknown keys instead of silently dropping them', () => {
    const parsed = inputSchemas['meetings:rename'].safeParse({ id: '00000000-0000-4000-8000-000000000000', title: 'x', status: 'DISAHKAN' });
    expect(parsed.success).toBe(false);
  });
});
