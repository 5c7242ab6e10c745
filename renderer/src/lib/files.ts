import type { Delivery, FilePurpose, StagedFile } from '../../../shared/domain/files';
import { checkFileFor } from '../../../shared/domain/files';
import type { IpcResult } from '../../../shared/ipc/result';
import { call, fetchDownload, isDesktopShell } from './api';

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

const refuse = (message: string): IpcResult<never> => ({ ok: false, error: { code: 'INVALID_INPUT', message } });

/** A file she dropped or chose in the page: checked here for a quick answer, checked again in main. */
export async function uploadFile(purpose: FilePurpose, file: File): Promise<IpcResult<StagedFile>> {
  const problem = checkFileFor(purpose, file.name, file.size);
  if (problem) return refuse(problem);
  const bytes = new Uint8Array(await file.arrayBuffer());
  return call('files:upload', { purpose, name: file.name, dataBase64: toBase64(bytes) });
}

/** Desktop: main's open dialog (null = cancelled). Web: the browser's picker, then an upload. */
export async function chooseFile(purpose: FilePurpose, accept: string): Promise<IpcResult<StagedFile | null>> {
  if (isDesktopShell()) return call('files:pick', { purpose });
  const file = await new Promise<File | null>((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => resolve(null), { once: true });
    input.click();
  });
  return file ? uploadFile(purpose, file) : { ok: true, value: null };
}

/**
 * Finishes a delivery: in the web shell the browser saves the download.
 * Resolves to the file name saved, or null when she cancelled.
 */
export async function receiveDelivery(delivery: Delivery): Promise<IpcResult<string | null>> {
  if (delivery.kind === 'cancelled') return { ok: true, value: null };
  if (delivery.kind === 'saved') return { ok: true, value: delivery.fileName };
  const blob = await fetchDownload(delivery.downloadId);
  if (!blob) return { ok: false, error: { code: 'NOT_FOUND', message: 'Unduhan gagal; coba ekspor sekali lagi.' } };
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = delivery.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return { ok: true, value: delivery.fileName };
}

/** Makes a file in main and hands it over in one step: main's refusal or the saved name (null: cancelled). */
export async function deliver(made: Promise<IpcResult<Delivery>>): Promise<IpcResult<string | null>> {
  const result = await made;
  return result.ok ? receiveDelivery(result.value) : result;
}
