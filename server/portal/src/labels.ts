import { OWNER_STATUS_LABELS, type OwnerStatus } from '../../../shared/domain/commitment';
import { formatOfficialDate } from '../../../shared/domain/officialDates';

export { OWNER_STATUS_LABELS };

export const STATUS_COLORS: Readonly<Record<OwnerStatus, string>> = {
  BELUM: 'gray',
  PROSES: 'blue',
  SELESAI: 'green',
  TIDAK_DAPAT: 'orange',
};

export function statusLabel(status: string): string {
  return OWNER_STATUS_LABELS[status as OwnerStatus] ?? status;
}

export function dateText(isoDate: string | null): string {
  if (isoDate === null) return '-';
  try {
    return formatOfficialDate(isoDate);
  } catch {
    return isoDate;
  }
}

export function sizeText(bytes: number | undefined): string {
  if (bytes === undefined) return '';
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
}

/** Today on this computer's calendar, as the date field wants it. */
export function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** crypto.randomUUID needs a secure context; getRandomValues does not (plain HTTP on the LAN). */
export function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
