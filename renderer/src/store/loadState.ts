export type LoadState =
  Readonly<{ status: 'idle' | 'loading' | 'ready' }> | Readonly<{ status: 'error'; message: string }>;
