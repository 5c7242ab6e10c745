import type { IncomingMessage } from 'node:http';
import type { z } from 'zod';
import { HttpError, invalidInput } from './errors';

/** The protocol's body limit (a request with a 20 MB evidence file and its headers fits). */
export const BODY_LIMIT = 25 * 1024 * 1024;

/**
 * Reads the whole body up to `limit`. Past it, the rest is still read (and dropped) so the client
 * gets the 413 instead of a reset connection while it is still sending.
 */
export function readBody(request: IncomingMessage, limit = BODY_LIMIT, tooLarge = bodyTooLarge): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(request.headers['content-length'] ?? '0');
    let size = 0;
    let over = Number.isFinite(declared) && declared > limit;
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) over = true;
      if (!over) chunks.push(chunk);
    });
    request.on('end', () => (over ? reject(tooLarge()) : resolve(Buffer.concat(chunks))));
    request.on('error', reject);
  });
}

const bodyTooLarge = (): HttpError =>
  new HttpError(413, 'TOO_LARGE', 'Permintaan terlalu besar (batas 25 MB). Kirim berkas yang lebih kecil.');

/** A JSON body checked by its zod schema; the schema's Indonesian messages become the 400. */
export async function readJson<S extends z.ZodType>(request: IncomingMessage, schema: S): Promise<z.infer<S>> {
  const bytes = await readBody(request);
  let value: unknown;
  try {
    value = bytes.length === 0 ? {} : JSON.parse(bytes.toString('utf8'));
  } catch {
    throw invalidInput('Isi permintaan bukan JSON yang sah.');
  }
  return parseWith(schema, value);
}

export function parseWith<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues
    .slice(0, 5)
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message));
  throw invalidInput(`Data tidak valid. ${issues.join('; ')}`);
}
