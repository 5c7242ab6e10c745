import { resolve } from 'node:path';

export type WebArgs = Readonly<{
  /** null: the port this data folder used last (a free one the first time). */
  port: number | null;
  dataDir: string;
  /** `--new-token`: forget the remembered token; every open tab must use the new address. */
  newToken: boolean;
}>;

const USAGE = 'Pakai: npm run web -- [--port N] [--data DIR] [--new-token]';

/** `--port N` (0 = any free port), `--data DIR` (default ./data), `--new-token`. */
export function parseWebArgs(argv: ReadonlyArray<string>, cwd: string): WebArgs {
  let port: number | null = null;
  let dataDir = resolve(cwd, 'data');
  let newToken = false;
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
    } else if (flag === '--new-token') {
      newToken = true;
    } else {
      throw new Error(`Argumen tidak dikenal: ${flag}. ${USAGE}`);
    }
  }
  return { port, dataDir, newToken };
}
