import { parentPort, workerData } from 'node:worker_threads';
import { checkDatabaseFile } from './integrity';

/*
 * Worker entry (built to out/main/integrityWorker.js): SQLite's quick_check reads every
 * page, seconds for a ten-year archive, so it runs here and the main thread keeps serving
 * her screens meanwhile (backgroundCheck.ts).
 */
const { file, nativeBinding, knownVersion, requireRisalah, compareCounters } = workerData as {
  file: string;
  nativeBinding?: string;
  knownVersion?: number;
  requireRisalah?: boolean;
  compareCounters?: boolean;
};
// Start-up passes no version (any schema may be checked); archives pass the newest this app knows.
parentPort?.postMessage(
  checkDatabaseFile(file, {
    knownVersion: knownVersion ?? Number.MAX_SAFE_INTEGER,
    requireRisalah,
    nativeBinding,
    compareCounters,
  }),
);
