/** NIP (Nomor Induk Pegawai): 18 digits, stored bare and grouped only when printed. */
const NIP_DIGITS = /^\d{18}$/;

/** Digits of a NIP typed with or without spaces; '' when nothing usable was given. */
export function normalizeNip(raw: string | null | undefined): string {
  return (raw ?? '').replace(/[\s.-]/g, '');
}

/** True when `raw` (spaces allowed) is an 18-digit NIP. */
export function isValidNip(raw: string | null | undefined): boolean {
  return NIP_DIGITS.test(normalizeNip(raw));
}

/**
 * Groups a NIP 8-6-1-3 as printed in official documents (notula-format.md §2.3).
 * Anything that is not 18 digits is returned trimmed, unchanged, so a typo stays visible.
 * @example formatNip('196802041991031005') // '19680204 199103 1 005'
 */
export function formatNip(raw: string): string {
  const digits = normalizeNip(raw);
  if (!NIP_DIGITS.test(digits)) return raw.trim();
  return `${digits.slice(0, 8)} ${digits.slice(8, 14)} ${digits.slice(14, 15)} ${digits.slice(15)}`;
}

/** The signature and attendance line: "NIP. 19680204 199103 1 005". */
export function nipLine(raw: string): string {
  return `NIP. ${formatNip(raw)}`;
}
