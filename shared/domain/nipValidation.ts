import { isCalendarDate } from './calendar';
import { normalizeNip } from './nip';

/*
 * NIP = birth date (8) + appointment year-month, TMT CPNS (6) + gender (1) + serial (3).
 * We check each part so the message can say which part is wrong: a mistyped NIP is
 * printed under a signature, and a wrong one there means a document must be redone.
 */

export type NipCheck = Readonly<{ ok: true; nip: string }> | Readonly<{ ok: false; message: string }>;

const EARLIEST_BIRTH_YEAR = 1940;
/** Nobody becomes a civil servant before this age. */
const MIN_AGE_AT_APPOINTMENT = 17;

function fail(message: string): NipCheck {
  return { ok: false, message };
}

/**
 * Validates a NIP typed with or without spaces, dots or dashes. `now` decides
 * which years are "in the future"; tests pass it in.
 */
export function checkNip(raw: string, now: Date = new Date()): NipCheck {
  const nip = normalizeNip(raw);
  if (nip === '') return fail('NIP wajib diisi.');
  if (!/^\d+$/.test(nip)) return fail('NIP hanya boleh berisi angka (spasi boleh).');
  if (nip.length !== 18) return fail(`NIP harus 18 digit; yang diisi ${nip.length} digit.`);

  const thisYear = now.getFullYear();
  const birthYear = Number(nip.slice(0, 4));
  const birthDate = `${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}`;
  if (!isCalendarDate(birthDate)) {
    return fail(`Digit 1–8 NIP harus tanggal lahir TTTTBBHH; ${nip.slice(0, 8)} bukan tanggal yang ada.`);
  }
  const latestBirthYear = thisYear - MIN_AGE_AT_APPOINTMENT;
  if (birthYear < EARLIEST_BIRTH_YEAR || birthYear > latestBirthYear) {
    return fail(
      `Tahun lahir pada NIP (${birthYear}) tidak wajar; harus antara ${EARLIEST_BIRTH_YEAR} dan ${latestBirthYear}.`,
    );
  }

  const appointmentYear = Number(nip.slice(8, 12));
  const appointmentMonth = Number(nip.slice(12, 14));
  if (appointmentMonth < 1 || appointmentMonth > 12) {
    return fail(`Digit 13–14 NIP harus bulan pengangkatan 01–12; yang diisi ${nip.slice(12, 14)}.`);
  }
  const nowMonth = now.getMonth() + 1;
  if (appointmentYear > thisYear || (appointmentYear === thisYear && appointmentMonth > nowMonth)) {
    return fail(`Bulan pengangkatan pada NIP (${nip.slice(12, 14)}/${appointmentYear}) belum terjadi.`);
  }
  if (appointmentYear < birthYear + MIN_AGE_AT_APPOINTMENT) {
    return fail(
      `Tahun pengangkatan pada NIP (${appointmentYear}) terlalu dekat dengan tahun lahir (${birthYear}); periksa digit 9–12.`,
    );
  }

  const gender = nip[14];
  if (gender !== '1' && gender !== '2') {
    return fail(`Digit ke-15 NIP (jenis kelamin) harus 1 atau 2; yang diisi ${gender ?? ''}.`);
  }
  if (nip.slice(15) === '000') return fail('Digit 16–18 NIP (nomor urut) harus 001–999; yang diisi 000.');
  return { ok: true, nip };
}

/** The Indonesian reason a NIP is refused, or null when it is valid. */
export function nipProblem(raw: string, now?: Date): string | null {
  const result = checkNip(raw, now);
  return result.ok ? null : result.message;
}
