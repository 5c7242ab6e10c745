import { hashPassword, MIN_PASSWORD_LENGTH } from './auth/passwords';
import { CliError } from './cli';
import { normalizeUsername } from './auth/login';
import { inTransaction, type Pool } from './db/pool';
import { insertAccount, usernameTaken } from './store/accountsStore';
import { audit } from './store/auditStore';

/** The first admin, made from the command line (no account exists yet to make it over HTTP). */
export async function createAdmin(pool: Pool, rawUsername: string, password: string): Promise<string> {
  const username = normalizeUsername(rawUsername);
  if (!/^[a-z0-9._-]{3,64}$/.test(username))
    throw new CliError('Nama pengguna 3-64 huruf, angka, titik, garis bawah atau tanda hubung.');
  if (password.length < MIN_PASSWORD_LENGTH)
    throw new CliError(`Kata sandi paling sedikit ${MIN_PASSWORD_LENGTH} karakter.`);
  if (await usernameTaken(pool, username))
    throw new CliError(`Akun "${username}" sudah ada; ubah kata sandinya lewat admin lain atau pakai nama lain.`);
  const hash = await hashPassword(password);
  return inTransaction(pool, async (client) => {
    const account = await insertAccount(client, {
      username,
      display_name: username,
      role: 'admin',
      unit_id: null,
      password_hash: hash,
    });
    await audit(client, {
      accountId: account.id,
      username: 'cli',
      action: 'account.create',
      entity: 'accounts',
      entityId: account.id,
      detail: { role: 'admin' },
    });
    return account.id;
  });
}

/** From RISALAH_ADMIN_PASSWORD, or typed twice on a terminal without echo. */
export async function readAdminPassword(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const fromEnv = env['RISALAH_ADMIN_PASSWORD'];
  if (fromEnv) return fromEnv;
  if (!process.stdin.isTTY)
    throw new CliError('Isi RISALAH_ADMIN_PASSWORD, atau jalankan di terminal untuk mengetik kata sandi.');
  const first = await askHidden('Kata sandi admin: ');
  const second = await askHidden('Ulangi kata sandi: ');
  if (first !== second) throw new CliError('Kedua kata sandi tidak sama.');
  return first;
}

function askHidden(prompt: string): Promise<string> {
  return new Promise((resolve) => {
    process.stdout.write(prompt);
    const stdin = process.stdin;
    stdin.setRawMode(true);
    stdin.resume();
    let typed = '';
    const onData = (chunk: Buffer): void => {
      for (const char of chunk.toString('utf8')) {
        if (char === '\r' || char === '\n') {
          stdin.setRawMode(false);
          stdin.pause();
          stdin.off('data', onData);
          process.stdout.write('\n');
          resolve(typed);
          return;
        }
        if (char === '\u0003') process.exit(130);
        typed = char === '\u007f' ? typed.slice(0, -1) : typed + char;
      }
    };
    stdin.on('data', onData);
  });
}
