import type { IpcResult } from '../../../shared/ipc/result';
import type { Caller } from '../../fixtures/document/meetingScript';
import type { WebShell } from './webShell';
import { personInput } from '../../fixtures/masterData/personInput';

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
  return api(shell, 'people:create', { ...personInput(), ...person });
}

/** An OPD for seedOfficesThroughApi, in the import's columns: kode, nama, singkatan, jenis. */
export type OfficeRow = readonly [code: string, name: string, shortName: string, kind: string];
/** The OPD of Kabupaten Contoh the e2e seeds pick from, by kode (as /work/shared/fixtures names them). */
const CONTOH_OFFICES = {
  SETDA: ['SETDA', 'Sekretariat Daerah', 'Setda', 'sekretariat'],
  DINKES: ['DINKES', 'Dinas Kesehatan', 'Dinkes', 'dinas'],
  BAPPERIDA: ['BAPPERIDA', 'Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah', 'Bapperida', 'badan'],
  BPKAD: ['BPKAD', 'Badan Pengelolaan Keuangan dan Aset Daerah', 'BPKAD', 'badan'],
  DISDIK: ['DISDIK', 'Dinas Pendidikan', 'Disdik', 'dinas'],
  'BAG-PEM': ['BAG-PEM', 'Bagian Pemerintahan Sekretariat Daerah', 'Bag. Pemerintahan', 'bagian'],
} as const satisfies Record<string, OfficeRow>;

/** The rows of these OPD for seedOfficesThroughApi, in this order. */
export function contohOffices(...codes: ReadonlyArray<keyof typeof CONTOH_OFFICES>): OfficeRow[] {
  return codes.map((code) => CONTOH_OFFICES[code]);
}

/** An official for seedOfficesThroughApi: nama, NIP (null when none), jabatan, the OPD's kode, political office. */
export type OfficialRow = readonly [
  name: string,
  nip: string | null,
  position: string,
  unitCode: string,
  isPolitical?: boolean,
];

/**
 * OPD, then their officials, made through the master data API in this order (what a test's
 * meeting needs in Data Master): the OPD's ids by kode and the officials' ids in order.
 */
export async function seedOfficesThroughApi(
  shell: ShellAddress,
  offices: ReadonlyArray<OfficeRow>,
  officials: ReadonlyArray<OfficialRow>,
): Promise<{ unitIds: Readonly<Record<string, string>>; personIds: ReadonlyArray<string> }> {
  const unitIds: Record<string, string> = {};
  for (const [code, name, shortName, kind] of offices)
    unitIds[code] = (await createUnitThroughApi(shell, code, name, shortName, kind)).id;
  const personIds: string[] = [];
  for (const [name, nip, position, unitCode, isPolitical = false] of officials) {
    const unitId = unitIds[unitCode];
    if (!unitId) throw new Error(`no OPD ${unitCode} among the offices`);
    personIds.push((await createPersonThroughApi(shell, { name, nip, position, unitId, isPolitical })).id);
  }
  return { unitIds, personIds };
}
