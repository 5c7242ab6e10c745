import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export type Logger = Readonly<{
  info: (message: string) => void;
  error: (message: string, error?: unknown) => void;
}>;

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

/** Logs to stderr and, when given, to a file: stack traces stay here, never in the UI. */
export function createLogger(file?: string): Logger {
  if (file) mkdirSync(dirname(file), { recursive: true });
  const write = (level: string, text: string) => {
    const line = `${new Date().toISOString()} ${level} ${text}`;
    process.stderr.write(`${line}\n`);
    if (file) appendFileSync(file, `${line}\n`);
  };
  return {
    info: (message) => write('INFO', message),
    error: (message, error) => write('ERROR', error === undefined ? message : `${message}: ${describe(error)}`),
  };
}
