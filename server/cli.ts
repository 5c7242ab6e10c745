/** `--database URL [--port N] [--host H] [--trust-proxy] [--create-admin NAME]`, checked before anything starts. */
export type CliOptions = Readonly<{
  database: string;
  port: number;
  host: string;
  trustProxy: boolean;
  createAdmin: string | null;
  portalDir: string | null;
}>;

export class CliError extends Error {}

const USAGE =
  'Pemakaian: npm run server -- --database postgres://pengguna:sandi@host:5432/risalah [--port 8080] [--host 127.0.0.1] ' +
  '[--trust-proxy] [--create-admin NAMA]';

export function parseCli(argv: ReadonlyArray<string>, env: NodeJS.ProcessEnv = process.env): CliOptions {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    if (arg === '--trust-proxy') flags.add(arg);
    else if (['--database', '--port', '--host', '--create-admin', '--portal-dir'].includes(arg)) {
      const value = argv[index + 1];
      if (value === undefined || value.startsWith('--')) throw new CliError(`${arg} butuh nilai.\n${USAGE}`);
      values.set(arg, value);
      index++;
    } else throw new CliError(`Pilihan tidak dikenal: ${arg}\n${USAGE}`);
  }
  const database = values.get('--database') ?? env['RISALAH_DATABASE_URL'];
  if (!database) throw new CliError(`--database wajib (atau RISALAH_DATABASE_URL).\n${USAGE}`);
  if (!/^postgres(ql)?:\/\//.test(database)) throw new CliError('--database harus alamat postgres://…');
  const port = Number(values.get('--port') ?? '8080');
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliError('--port harus angka 0-65535.');
  return {
    database,
    port,
    host: values.get('--host') ?? '127.0.0.1',
    trustProxy: flags.has('--trust-proxy'),
    createAdmin: values.get('--create-admin') ?? null,
    portalDir: values.get('--portal-dir') ?? null,
  };
}
