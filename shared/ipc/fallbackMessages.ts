import type { z } from 'zod';

/*
 * zod's own Indonesian locale still says "diharapkan number, diterima undefined": type
 * jargon a secretary cannot act on. Schemas that give their own message keep it (a
 * schema's `error` wins over this); this only replaces zod's generic fallbacks for
 * wrong types and unknown keys. Found by the channel fuzzer (tests/main/fuzz).
 */
const TYPE_WORDS: Readonly<Record<string, string>> = {
  string: 'teks',
  number: 'angka',
  int: 'bilangan bulat',
  bigint: 'angka',
  boolean: 'pilihan ya/tidak',
  array: 'daftar',
  object: 'kumpulan isian',
  date: 'tanggal',
  null: 'kosong',
};

function fieldOf(path: ReadonlyArray<PropertyKey> | undefined): string | null {
  const named = (path ?? []).filter((part): part is string => typeof part === 'string');
  return named.at(-1) ?? null;
}

export function fallbackMessage(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code === 'invalid_type') {
    const what = TYPE_WORDS[String(issue.expected)] ?? 'nilai yang sah';
    const field = fieldOf(issue.path);
    if (!field) return 'Data yang dikirim ke perintah ini tidak sah.';
    return issue.input === undefined
      ? `Isian "${field}" wajib diisi (berupa ${what}).`
      : `Isian "${field}" harus berupa ${what}.`;
  }
  if (issue.code === 'unrecognized_keys') {
    return `Isian yang tidak dikenal perintah ini: ${issue.keys.map((key) => `"${key}"`).join(', ')}.`;
  }
  return undefined;
}
