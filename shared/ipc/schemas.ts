import { z } from 'zod';
import type { IpcChannel } from './contract';
import type { SchemasOf } from './schemaHelpers';
import type { IpcContract } from './contract';
import { appSchemas } from './appSchemas';
import { filesSchemas } from './filesSchemas';
import { importSchemas } from './importSchemas';
import { masterDataSchemas } from './masterDataSchemas';
import { settingsSchemas } from './settingsSchemas';
import { meetingsSchemas } from './meetingsSchemas';
import { agendaSchemas } from './agendaSchemas';
import { attendanceSchemas } from './attendanceSchemas';
import { seriesSchemas } from './seriesSchemas';
import { searchSchemas } from './searchSchemas';
import { backupsSchemas } from './backupsSchemas';
import { minutesSchemas } from './minutesSchemas';
import { capturesSchemas } from './capturesSchemas';
import { liveSchemas } from './liveSchemas';
import { followUpSchemas } from './followUpSchemas';
import { documentsSchemas } from './documentsSchemas';
import { approvalSchemas } from './approvalSchemas';
import { userSchemas } from './userSchemas';
import { attendanceBulkSchemas } from './attendanceBulkSchemas';
import { docTemplatesSchemas } from './docTemplatesSchemas';
import { letterSchemas } from './letterSchemas';
import { syncSchemas } from './syncSchemas';
import { fallbackMessage } from './fallbackMessages';

// zod's own fallback messages (wrong type, unknown key) in Indonesian too.
z.config(z.locales.id());
z.config({ customError: fallbackMessage });

/** Main validates every input with these before a handler sees it. */
export const inputSchemas = {
  ...appSchemas,
  ...filesSchemas,
  ...masterDataSchemas,
  ...settingsSchemas,
  ...importSchemas,
  ...meetingsSchemas,
  ...agendaSchemas,
  ...attendanceSchemas,
  ...seriesSchemas,
  ...searchSchemas,
  ...backupsSchemas,
  ...minutesSchemas,
  ...capturesSchemas,
  ...liveSchemas,
  ...followUpSchemas,
  ...documentsSchemas,
  ...approvalSchemas,
  ...userSchemas,
  ...attendanceBulkSchemas,
  ...docTemplatesSchemas,
  ...letterSchemas,
  ...syncSchemas,
} satisfies SchemasOf<IpcContract> & Record<IpcChannel, unknown>;
