import { parentPort, workerData } from 'node:worker_threads';
import { checkDatabaseFile } from './integrity';

/*
 * Worker entry (built to out/main/integrityWorker.js): SQLite's quick_check reads every
 * page, seconds for a ten-year archive, so it runs here and the main thread keeps serving
 * her screens meanwhile (backgroundCheck.ts).
 */
const { file, nativeBinding } = workerData as { file: string; nativeBinding?: string };
parentPort?.postMessage(checkDatabaseFile(file, { knownVersion: Number.MAX_SAFE_INTEGER, nativeBinding }));
