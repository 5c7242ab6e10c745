/** How long a "Nama pengguna" may be: it is printed in Riwayat and stored on every audit line. */
export const MAX_USER_NAME_CHARS = 80;

/** What Pengaturan -> Umum shows: the saved name ('' = none saved) and the name in use now. */
export type UserNameSetting = Readonly<{ saved: string; actor: string }>;
