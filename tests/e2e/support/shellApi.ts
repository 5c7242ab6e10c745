import type { IpcResult } from '../../../shared/ipc/result';
import type { Caller } from '../../fixtures/document/meetingScript';
import type { WebShell } from './webShell';

type ShellAddress = Pick<WebShell, 'origin' | 'token'>;

/** One call to the running web shell's API as the renderer makes it; the result as main answered. */
export async function postApi<T = unknown>(
  shell: ShellAddress,
  channel: string,
  input: unknown,
): Promise<IpcResult<T>> {
  const response = await fetch(`${shell.origin}/api/${encodeURIComponent(channel)}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${shell.token}` },
    body: JSON.stringify(input),
  });
  return (await response.json()) as IpcResult<T>;
}

/** One call that must succeed, failing loudly with main's message. */
export async function api<T>(shell: ShellAddress, channel: string, input: unknown): Promise<T> {
  const result = await postApi<T>(shell, channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value;
}

/** The typed caller the document fixtures take (tests/fixtures/document/meetingScript.ts). */
export function httpCaller(shell: ShellAddress): Caller {
  return (channel, input) => api(shell, channel, input);
}

/** An OPD made through the master data API, as the Data Master form makes it. */
export function createUnitThroughApi(
  shell: ShellAddress,
  code: string,
  name: string,
  shortName: string,
  kind: string,
): Promise<{ id: string }> {
  return api(shell, 'units:create', { code, name, shortName, kind });
}

/** An official made through the master data API (no pangkat, phone or email). */
export function createPersonThroughApi(
  shell: ShellAddress,
  person: Readonly<{ name: string; nip: string | null; position: string; unitId: string; isPolitical?: boolean }>,
): Promise<{ id: string }> {
  return api(shell, 'people:create', {
    rankCode: null,
    phone: '',
    email: '',
    isPolitical: false,
    ...person,
  });
}
