import { existsSync } from 'node:fs';
import { posix, win32 } from 'node:path';

/*
 * Where LibreOffice's `soffice` usually is. Offices install it the ordinary way (the
 * Windows installer under Program Files, the macOS app in Applications, a Linux package,
 * a snap or flatpak, or the upstream .deb/.rpm under /opt), rarely on the PATH on Windows
 * or macOS. `RISALAH_SOFFICE` names one explicitly (a portable copy, a test).
 */
export type LocatorEnv = Readonly<{
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  exists: (path: string) => boolean;
}>;

function fromPath(env: LocatorEnv['env'], names: ReadonlyArray<string>, windows: boolean): string[] {
  const path = env['PATH'] ?? env['Path'] ?? '';
  // Judged by the platform named, not the one running, so every platform's rules are testable anywhere.
  const { join, delimiter } = windows ? win32 : posix;
  return path
    .split(delimiter)
    .filter((folder) => folder !== '')
    .flatMap((folder) => names.map((name) => join(folder, name)));
}

/** Every place to look, most specific first. */
export function libreOfficeCandidates(platform: NodeJS.Platform, env: LocatorEnv['env']): string[] {
  const explicit = env['RISALAH_SOFFICE'] ? [env['RISALAH_SOFFICE']] : [];
  if (platform === 'win32') {
    const roots = [env['ProgramFiles'], env['ProgramW6432'], env['ProgramFiles(x86)'], 'C:\\Program Files'];
    const installed = [...new Set(roots.filter((root): root is string => Boolean(root)))].map((root) =>
      win32.join(root, 'LibreOffice', 'program', 'soffice.exe'),
    );
    return [...explicit, ...installed, ...fromPath(env, ['soffice.exe'], true)];
  }
  if (platform === 'darwin') {
    const home = env['HOME'];
    return [
      ...explicit,
      '/Applications/LibreOffice.app/Contents/MacOS/soffice',
      ...(home ? [posix.join(home, 'Applications/LibreOffice.app/Contents/MacOS/soffice')] : []),
      ...fromPath(env, ['soffice'], false),
    ];
  }
  return [
    ...explicit,
    ...fromPath(env, ['soffice', 'libreoffice'], false),
    '/usr/bin/soffice',
    '/usr/lib/libreoffice/program/soffice',
    '/usr/lib64/libreoffice/program/soffice',
    '/opt/libreoffice/program/soffice',
    ...['25.8', '25.2', '24.8', '24.2', '7.6', '7.5', '7.4'].map((version) =>
      posix.join(`/opt/libreoffice${version}`, 'program', 'soffice'),
    ),
    '/snap/bin/libreoffice',
    '/var/lib/flatpak/exports/bin/org.libreoffice.LibreOffice',
  ];
}

/** The first `soffice` that exists, or null: then PDF/A is not offered and she prints instead. */
export function findLibreOffice(
  { platform, env, exists }: LocatorEnv = { platform: process.platform, env: process.env, exists: existsSync },
): string | null {
  return libreOfficeCandidates(platform, env).find((candidate) => exists(candidate)) ?? null;
}
