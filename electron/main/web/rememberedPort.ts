import type { WebArgs } from './webArgs';
import { newWebToken, readWebShellState, writeWebShellState } from './webShellState';

export type Listening = Readonly<{ port: number }>;

export type RememberedStart<T extends Listening> = Readonly<{ running: T; token: string }>;

function inUse(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'EADDRINUSE';
}

/**
 * Starts the server on the port this data folder used last, with the token it used last,
 * so that a restart keeps the browser's origin (its storage, the crash journal) and the
 * still-open tab keeps working. Only when that port is taken is a free one picked, and
 * `say` tells her why the address changed. A port given with --port is used as given.
 * Whatever was used is remembered for the next start.
 */
export async function startOnRememberedPort<T extends Listening>(
  args: WebArgs,
  start: (port: number, token: string) => Promise<T>,
  say: (line: string) => void,
): Promise<RememberedStart<T>> {
  const remembered = readWebShellState(args.dataDir);
  const token = !args.newToken && remembered ? remembered.token : newWebToken();
  const wanted = args.port ?? remembered?.port ?? 0;
  let running: T;
  try {
    running = await start(wanted, token);
  } catch (error) {
    if (args.port !== null || wanted === 0 || !inUse(error)) throw error;
    running = await start(0, token);
    say(
      `Port ${wanted} yang biasa dipakai folder data ini sedang digunakan program lain; Risalah memakai port ${running.port}. ` +
        `Teks yang belum tersimpan di tab lama hanya terbaca di port ${wanted}: tutup program itu lalu jalankan ulang bila perlu.`,
    );
  }
  writeWebShellState(args.dataDir, { port: running.port, token });
  return { running, token };
}
