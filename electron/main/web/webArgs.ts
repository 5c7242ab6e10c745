import { resolve } from 'node:path';

export type WebArgs = Readonly<{ port: number; dataDir: string }>;

/** `--port N` (0 = any free port) and `--data DIR` (default ./data). */
export function parseWebArgs(argv: ReadonlyArray<string>, cwd: string): WebArgs {
  let port = 0;
  let dataDir = resolve(cwd, 'data');
  for (let index = 0; index < argv.length; index += 1) {
    const flag = argv[index];
    const value = argv[index + 1];
    if (flag === '--port' && value !== undefined) {
      port = Number(value);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Port tidak valid: ${value}`);
      index += 1;
    } else if (flag === '--data' && value !== undefined) {
      dataDir = resolve(cwd, value);
      index += 1;
    } else {
      throw new Error(`Argumen tidak dikenal: ${flag}. Pakai: npm run web -- [--port N] [--data DIR]`);
    }
  }
  return { port, dataDir };
}
