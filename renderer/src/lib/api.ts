import {
  IPC_CHANNELS,
  type Api,
  type ChannelInput,
  type ChannelOutput,
  type IpcChannel,
} from '../../../shared/ipc/contract';
import type { AppEventName, AppEvents } from '../../../shared/ipc/events';
import type { IpcResult } from '../../../shared/ipc/result';

const TOKEN_KEY = 'risalah.webToken';

/** The web shell prints its token in the URL; keep it for reloads in this tab. */
function webToken(): string {
  const fromUrl = new URLSearchParams(window.location.search).get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

const OFFLINE: IpcResult<never> = {
  ok: false,
  error: {
    code: 'INTERNAL',
    message: 'Tidak dapat menghubungi layanan Risalah. Pastikan server web masih berjalan, lalu coba lagi.',
  },
};

/** The same Api over loopback HTTP: POST /api/<channel> with the per-run token. */
function createHttpApi(token: string, fetchImpl: typeof fetch = fetch.bind(window)): Api {
  const entries = IPC_CHANNELS.map((channel) => [
    channel,
    async (input: unknown) => {
      try {
        const response = await fetchImpl(`/api/${encodeURIComponent(channel)}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: JSON.stringify(input ?? {}),
        });
        return (await response.json()) as IpcResult<unknown>;
      } catch {
        return OFFLINE;
      }
    },
  ]);
  return Object.fromEntries(entries) as Api;
}

/** True in the desktop shell, where main shows its own file dialogs. */
export function isDesktopShell(): boolean {
  return window.api !== undefined;
}

/** Fetches a file main delivered in the web shell, with the token in a header (never in a link). */
export async function fetchDownload(downloadId: string): Promise<Blob | null> {
  try {
    const response = await fetch(`/download/${encodeURIComponent(downloadId)}`, {
      headers: { Authorization: `Bearer ${webToken()}` },
    });
    return response.ok ? await response.blob() : null;
  } catch {
    return null;
  }
}

let current: Api | null = null;

/** The desktop shell's preload api, or the HTTP transport when there is none. */
function getApi(): Api {
  current ??= window.api ?? createHttpApi(webToken());
  return current;
}

/** Tests inject a fake api here. */
export function setApi(api: Api | null): void {
  current = api;
}

export function call<C extends IpcChannel>(channel: C, input: ChannelInput<C>): Promise<IpcResult<ChannelOutput<C>>> {
  return getApi()[channel](input);
}

/**
 * Main -> renderer pushes (menu commands, files handed to the app). Only the
 * desktop shell has them; in the web shell this subscribes to nothing.
 */
export function onAppEvent<E extends AppEventName>(event: E, callback: (payload: AppEvents[E]) => void): () => void {
  return window.api?.on?.(event, callback) ?? (() => undefined);
}
