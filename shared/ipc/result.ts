/**
 * Every IPC or HTTP call answers with a value, never a thrown error: Electron
 * only forwards an Error's message, and the web shell must answer identically.
 */
export const ERROR_CODES = [
  'INVALID_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'LOCKED',
  'FORBIDDEN',
  'UNKNOWN_CHANNEL',
  'INTERNAL',
  // A service this computer needs is out of reach (Risalah Server): nothing was lost, try again later.
  'UNAVAILABLE',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export type IpcError = Readonly<{ code: ErrorCode; message: string }>;

export type IpcResult<T> = Readonly<{ ok: true; value: T }> | Readonly<{ ok: false; error: IpcError }>;

export function ok<T>(value: T): IpcResult<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string): IpcResult<never> {
  return { ok: false, error: { code, message } };
}

/**
 * Thrown by repositories and services for refusals the user should read; the
 * dispatcher turns it into a `fail()` value. Anything else is an internal error.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'AppError';
    this.code = code;
  }
}
