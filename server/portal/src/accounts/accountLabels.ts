import type { Role } from '../api';

export const ROLE_LABELS: Readonly<Record<Role, string>> = { admin: 'Admin', secretary: 'Sekretaris', opd: 'OPD' };
export const ROLE_COLORS: Readonly<Record<Role, string>> = { admin: 'grape', secretary: 'blue', opd: 'teal' };

export const ROLE_OPTIONS = (['opd', 'secretary', 'admin'] as const).map((value) => ({
  value,
  label: ROLE_LABELS[value],
}));

/** What each role may do, said where the admin picks it. */
export const ROLE_HINTS: Readonly<Record<Role, string>> = {
  opd: 'Melihat dan melaporkan tindak lanjut OPD-nya di portal ini.',
  secretary: 'Menyusun notula di aplikasi Risalah dan menyinkronkannya.',
  admin: 'Mengelola akun di portal ini dan menyinkronkan dari aplikasi.',
};
