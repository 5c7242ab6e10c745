import { z } from 'zod';

/** A zod schema for every channel of a contract, whose parsed value is that channel's input. */
export type SchemasOf<C extends Record<string, { input: unknown }>> = {
  [K in keyof C]: z.ZodType<C[K]['input'], unknown>;
};

/** A trimmed, non-empty text with an Indonesian message naming the field. */
export function requiredText(label: string, max: number) {
  return z
    .string({ error: `${label} wajib diisi.` })
    .trim()
    .min(1, { error: `${label} wajib diisi.` })
    .max(max, { error: `${label} terlalu panjang (maks. ${max} karakter).` });
}

/** A trimmed text that may be empty, with Indonesian messages naming the field. */
export function boundedText(label: string, max: number) {
  return z
    .string({ error: `${label} harus berupa teks.` })
    .trim()
    .max(max, { error: `${label} terlalu panjang (maks. ${max} karakter).` });
}

/**
 * A whole number from `min` to `max`. `label` (and `unit`, e.g. ' menit') words the type messages;
 * `below`/`above` the bound ones, as the form's own hint words the range.
 */
export function wholeNumber(
  options: Readonly<{ label: string; unit?: string; min: number; max: number; below: string; above: string }>,
) {
  const { label, unit = '', min, max } = options;
  return z
    .number({ error: `${label} harus berupa angka${unit}.` })
    .int({ error: `${label} harus bilangan bulat${unit}.` })
    .min(min, { error: options.below })
    .max(max, { error: options.above });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id made by main (UUID); `what` names the entity in the message. */
export function entityId<Id extends string>(what: string) {
  return z
    .string({ error: `Id ${what} wajib diisi.` })
    .regex(UUID, { error: `Id ${what} tidak valid.` })
    .transform((value) => value as Id);
}

/**
 * The id main gave a file it staged (files:upload / files:pick): the renderer never sends a path.
 * `missing` says what to pick when there is none; `invalid` when the id is not one main makes.
 */
export function stagedFileId(missing: string, invalid = 'Id berkas tidak valid.') {
  return z.string({ error: missing }).regex(/^[0-9a-f-]{36}$/i, { error: invalid });
}
