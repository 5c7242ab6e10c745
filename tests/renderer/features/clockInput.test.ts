import { describe, expect, it } from 'vitest';
import { normalizeClock } from '../../../renderer/src/components/ClockInput';
import { itAnswersEach } from '../../support/examples';

describe('features/meeting/ClockInput normalizeClock', () => {
  itAnswersEach('reads %j as %j', normalizeClock, [
    ['09:00', '09:00'],
    ['9:00', '09:00'],
    ['09.00', '09:00'],
    ['0830', '08:30'],
    ['830', '08:30'],
    [' 23:59 ', '23:59'],
    ['', ''],
  ]);

  it.each(['24:00', '09:60', 'jam 9', '9'])('leaves %j as typed for main to refuse with its message', (typed) => {
    expect(normalizeClock(typed)).toBe(typed.trim());
  });
});
