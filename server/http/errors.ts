/** A refusal the client should read: HTTP status, UPPER_SNAKE code, Indonesian message. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export const unauthenticated = (): HttpError =>
  new HttpError(401, 'UNAUTHENTICATED', 'Sesi berakhir. Silakan masuk lagi.');

export const forbidden = (message = 'Akun Anda tidak berhak melakukan ini.'): HttpError =>
  new HttpError(403, 'FORBIDDEN', message);

export const notFound = (message = 'Data tidak ditemukan.'): HttpError => new HttpError(404, 'NOT_FOUND', message);

export const invalidInput = (message: string): HttpError => new HttpError(400, 'INVALID_INPUT', message);

/** The last resort: no client input should reach it, and the details stay in the log. */
export const INTERNAL_MESSAGE = 'Terjadi kesalahan di server. Coba lagi; bila berulang, hubungi admin Risalah Server.';
