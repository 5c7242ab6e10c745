import { z } from 'zod';
import type { AppInfo, SetupStatus } from './appContract';
import { channel, schemasOf } from './channelSpec';

/** The app namespace, one spec per channel: input schema, output type, policy. */
export const appSpec = {
  // Answered in recovery and mid-swap: the shell needs its version and data file to show any screen.
  'app:info': channel<AppInfo>()(z.strictObject({}), { kind: 'read', inRecovery: true, whileSwapping: true }),
  'app:setup-status': channel<SetupStatus>()(z.strictObject({}), { kind: 'read' }),
};

export const appSchemas = schemasOf(appSpec);
