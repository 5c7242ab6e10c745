import { isRestrictedImports, lintWithLine } from '../../support/lintWithLine';
import { describe, expect, it } from 'vitest';

/** The no-restricted-imports messages for a real renderer file with `extra` put on top. */
const restrictedImports = (file: string, extra: string) => lintWithLine(file, extra, isRestrictedImports);

describe('components reach main only through the store (eslint no-restricted-imports)', () => {
  it.each([
    ['renderer/src/features/settings/UserNameCard.tsx', "import { call } from '../../lib/api';"],
    ['renderer/src/features/followUp/MeetingCommitments.tsx', "import { call } from '../../lib/api';"],
    ['renderer/src/components/kit/FormModal.tsx', "import { call } from '../../lib/api';"],
    ['renderer/src/app/AppFrame.tsx', "import { call } from '../lib/api';"],
  ])('fails %s when it imports call() again', async (file, line) => {
    expect(await restrictedImports(file, '')).toEqual([]);
    const errors = await restrictedImports(file, line);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/through a store action/);
  }, 60_000);

  it('keeps the browser-sandbox rule in the same files, and lets the store call channels', async () => {
    expect(await restrictedImports('renderer/src/features/settings/UserNameCard.tsx', "import 'node:fs';")).toHaveLength(1);
    expect(await restrictedImports('renderer/src/store/appSlice.ts', "import { call as again } from '../lib/api';")).toEqual([]);
  }, 60_000);
});
