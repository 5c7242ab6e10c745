import { describe, expect, it } from 'vitest';
import { channelSet } from '../../../shared/ipc/channelSet';
import { IPC_CHANNELS } from '../../../shared/ipc/contract';
import { inputSchemas } from '../../../shared/ipc/schemas';

type Sample = {
  'agenda:list': { input: null; output: null };
  'agenda:add': { input: null; output: null };
  'templates:list': { input: null; output: null };
};

describe('ipc/channelSet', () => {
  it('joins each verb to its prefix', () => {
    const set = channelSet<Sample>()({ agenda: ['list', 'add'], templates: ['list'] });
    expect(Object.keys(set).sort()).toEqual(['agenda:add', 'agenda:list', 'templates:list']);
  });

  it('refuses at compile time a list that leaves a channel out or names one the contract lacks', () => {
    // @ts-expect-error 'templates:list' is missing
    channelSet<Sample>()({ agenda: ['list', 'add'] });
    // @ts-expect-error 'agenda:remove' is no channel of the contract
    channelSet<Sample>()({ agenda: ['list', 'add', 'remove'], templates: ['list'] });
    // @ts-expect-error 'minutes' is no prefix of the contract
    channelSet<Sample>()({ agenda: ['list', 'add'], templates: ['list'], minutes: ['get'] });
  });

  it('gives the preload the same channels as the schemas main validates', () => {
    expect(new Set(IPC_CHANNELS)).toEqual(new Set(Object.keys(inputSchemas)));
    expect(IPC_CHANNELS).toContain('followup:update-reminder-settings');
  });
});
