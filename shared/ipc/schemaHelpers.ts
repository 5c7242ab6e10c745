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

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id made by main (UUID); `what` names the entity in the message. */
export function entityId<Id extends string>(what: string) {
  return z
    .string({ error: `Id ${what} wajib diisi.` })
    .regex(UUID, { error: `Id ${what} tidak valid.` })
    .transform((value) => value as Id);
}
