import { createHash } from 'node:crypto';
import { authenticate } from '../auth/sessions';
import { readBody } from '../http/body';
import { HttpError, notFound } from '../http/errors';
import { sendBytes, sendJson } from '../http/respond';
import type { Route } from '../http/router';
import { audit } from '../store/auditStore';
import { insertFile, readFile, unitMayRead } from '../store/filesStore';

export const FILE_LIMIT = 20 * 1024 * 1024;
const SHA256 = /^[0-9a-f]{64}$/;

const fileTooLarge = (): HttpError =>
  new HttpError(413, 'FILE_TOO_LARGE', 'Berkas bukti lebih dari 20 MB. Perkecil atau pisahkan berkasnya.');

/** A stored MIME type is echoed back: only a plain type/subtype is accepted from the uploader. */
function mimeOf(header: string | undefined): string {
  const type = (header ?? '').split(';')[0]!.trim().toLowerCase();
  return /^[a-z0-9.+-]+\/[a-z0-9.+-]+$/.test(type) ? type : 'application/octet-stream';
}

export const fileRoutes: ReadonlyArray<Route> = [
  {
    method: 'PUT',
    pattern: '/api/v1/files/:sha256',
    handle: async ({ request, response, params, ctx }) => {
      const account = await authenticate(ctx.pool, request);
      const sha256 = params['sha256']!.toLowerCase();
      if (!SHA256.test(sha256))
        throw new HttpError(400, 'INVALID_INPUT', 'Alamat berkas harus SHA-256 (64 digit heksadesimal).');
      const bytes = await readBody(request, FILE_LIMIT, fileTooLarge);
      if (createHash('sha256').update(bytes).digest('hex') !== sha256) {
        throw new HttpError(
          400,
          'HASH_MISMATCH',
          'Isi berkas tidak cocok dengan SHA-256-nya; berkas mungkin rusak di jalan. Unggah ulang.',
        );
      }
      const stored = await insertFile(ctx.pool, sha256, mimeOf(request.headers['content-type']), bytes, account.id);
      if (stored)
        await audit(ctx.pool, {
          accountId: account.id,
          username: account.username,
          action: 'file.upload',
          entity: 'files',
          entityId: sha256,
          detail: { size: bytes.length },
        });
      sendJson(response, stored ? 201 : 200, { sha256, size: bytes.length });
    },
  },
  {
    method: 'GET',
    pattern: '/api/v1/files/:sha256',
    handle: async ({ request, response, params, ctx }) => {
      const account = await authenticate(ctx.pool, request);
      const sha256 = params['sha256']!.toLowerCase();
      if (!SHA256.test(sha256)) throw notFound('Berkas tidak ditemukan.');
      // Another OPD's evidence is "not found", never "forbidden": its existence is not told.
      if (account.role === 'opd' && !(await unitMayRead(ctx.pool, sha256, account.unit_id!, account.id)))
        throw notFound('Berkas tidak ditemukan.');
      const file = await readFile(ctx.pool, sha256);
      if (file === null) throw notFound('Berkas tidak ditemukan.');
      sendBytes(response, 200, file.bytes, {
        'Content-Type': file.mime,
        // Evidence is shown as a download, never rendered in the portal's origin.
        'Content-Disposition': 'attachment',
        'Content-Security-Policy': "default-src 'none'; sandbox",
        'Cache-Control': 'private, max-age=31536000, immutable',
      });
    },
  },
];
