import { describe, expect, it } from 'vitest';
import { findLibreOffice, libreOfficeCandidates } from '../../../electron/main/export/libreOfficeLocator';

/** A file system holding exactly these files. */
const only =
  (...files: string[]) =>
  (path: string) =>
    files.includes(path);

describe('export/libreOfficeLocator', () => {
  it('finds the Windows installer’s soffice.exe under Program Files, 64- or 32-bit', () => {
    const env = { ProgramFiles: 'C:\\Program Files', 'ProgramFiles(x86)': 'C:\\Program Files (x86)', Path: '' };
    expect(
      findLibreOffice({
        platform: 'win32',
        env,
        exists: only('C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe'),
      }),
    ).toBe('C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe');
    expect(libreOfficeCandidates('win32', env)[0]).toBe('C:\\Program Files\\LibreOffice\\program\\soffice.exe');
  });

  it('finds the macOS app in /Applications or in the user’s own Applications', () => {
    const env = { HOME: '/Users/sekretariat', PATH: '/usr/bin' };
    expect(
      findLibreOffice({
        platform: 'darwin',
        env,
        exists: only('/Users/sekretariat/Applications/LibreOffice.app/Contents/MacOS/soffice'),
      }),
    ).toBe('/Users/sekretariat/Applications/LibreOffice.app/Contents/MacOS/soffice');
  });

  it('finds a Linux package on the PATH first, then the usual folders, snaps and /opt', () => {
    expect(
      findLibreOffice({
        platform: 'linux',
        env: { PATH: '/usr/local/bin:/usr/bin' },
        exists: only('/usr/bin/soffice'),
      }),
    ).toBe('/usr/bin/soffice');
    expect(
      findLibreOffice({ platform: 'linux', env: { PATH: '' }, exists: only('/opt/libreoffice7.6/program/soffice') }),
    ).toBe('/opt/libreoffice7.6/program/soffice');
    expect(findLibreOffice({ platform: 'linux', env: {}, exists: only('/snap/bin/libreoffice') })).toBe(
      '/snap/bin/libreoffice',
    );
  });

  it('takes RISALAH_SOFFICE before anything else, and answers null when nothing is installed', () => {
    const env = {
      RISALAH_SOFFICE: 'D:\\Portable\\LibreOffice\\program\\soffice.exe',
      ProgramFiles: 'C:\\Program Files',
    };
    expect(libreOfficeCandidates('win32', env)[0]).toBe(env.RISALAH_SOFFICE);
    expect(findLibreOffice({ platform: 'win32', env, exists: () => false })).toBeNull();
    expect(findLibreOffice({ platform: 'linux', env: { PATH: '/usr/bin' }, exists: () => false })).toBeNull();
  });
});
