import { appHandlers } from './appHandlers';
import { filesHandlers } from './filesHandlers';
import type { HandlerTable } from './handlerTypes';
import { importHandlers } from './importHandlers';
import { masterDataHandlers } from './masterDataHandlers';
import { settingsHandlers } from './settingsHandlers';
import { meetingsHandlers } from './meetingsHandlers';
import { agendaHandlers } from './agendaHandlers';
import { attendanceHandlers } from './attendanceHandlers';
import { seriesHandlers } from './seriesHandlers';
import { searchHandlers } from './searchHandlers';
import { backupsHandlers } from './backupsHandlers';
import { minutesHandlers } from './minutesHandlers';
import { capturesHandlers } from './capturesHandlers';
import { liveHandlers } from './liveHandlers';
import { followUpHandlers } from './followUpHandlers';
import { documentsHandlers } from './documentsHandlers';
import { approvalHandlers } from './approvalHandlers';
import { userHandlers } from './userHandlers';
import { attendanceBulkHandlers } from './attendanceBulkHandlers';
import { docTemplatesHandlers } from './docTemplatesHandlers';
import { letterHandlers } from './letterHandlers';
import { syncHandlers } from './syncHandlers';

/** The one handler table both shells serve; a channel without a handler does not compile. */
export const handlers: HandlerTable = {
  ...appHandlers,
  ...filesHandlers,
  ...masterDataHandlers,
  ...settingsHandlers,
  ...importHandlers,
  ...meetingsHandlers,
  ...agendaHandlers,
  ...attendanceHandlers,
  ...seriesHandlers,
  ...searchHandlers,
  ...backupsHandlers,
  ...minutesHandlers,
  ...capturesHandlers,
  ...liveHandlers,
  ...followUpHandlers,
  ...documentsHandlers,
  ...approvalHandlers,
  ...userHandlers,
  ...attendanceBulkHandlers,
  ...docTemplatesHandlers,
  ...letterHandlers,
  ...syncHandlers,
};
