import { hash, verify, type Algorithm } from '@node-rs/argon2';

// Algorithm is an ambient const enum (not importable under isolatedModules): 2 is its Argon2id.
const ARGON2ID = 2 as Algorithm;

// argon2id with OWASP's second recommended setting (19 MiB, 2 passes): memory-hard, and a login
// still answers in well under a second on an office server.
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const MIN_PASSWORD_LENGTH = 10;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

// Verified against when the username is unknown, so a wrong name costs the same time as a wrong password.
let decoy: Promise<string> | null = null;
export async function spendVerifyTime(password: string): Promise<void> {
  decoy ??= hashPassword('risalah-decoy-password');
  await verifyPassword(await decoy, password);
}
