import { useEffect } from 'react';
import { useNavigate } from 'react-router-dom';
import type { AppCommand, OpenedFilePurpose } from '../../../shared/ipc/events';
import { onAppEvent } from '../lib/api';
import { runAppCommand } from './appCommands';
import { ROUTES } from './routes';

/**
 * Where each command is handled; the shortcut sheet opens over any screen.
 * '/verifikasi' is the Verifikasi dokumen screen of the approval work.
 */
export const COMMAND_ROUTES: Readonly<Record<AppCommand, string | null>> = {
  'new-meeting': ROUTES.meetings,
  search: ROUTES.search,
  shortcuts: null,
  'verify-document': '/verifikasi',
  'follow-up': ROUTES.followUp,
};

export const OPEN_FILE_ROUTES: Readonly<Record<OpenedFilePurpose, string>> = {
  verify: '/verifikasi',
  // The archive import lives in Pengaturan → Cadangan.
  archive: `${ROUTES.settings}?bagian=cadangan`,
};

/**
 * The desktop shell's menu and the files handed to the app arrive here as
 * events: go to the screen that handles them, then give it the command.
 */
export function useDesktopEvents(): void {
  const navigate = useNavigate();
  useEffect(() => {
    const offCommand = onAppEvent('app:command', ({ command }) => {
      const route = COMMAND_ROUTES[command];
      if (route) navigate(route);
      runAppCommand(command);
    });
    const offFile = onAppEvent('app:open-file', (file) => {
      navigate(OPEN_FILE_ROUTES[file.purpose]);
      runAppCommand(`open-file:${file.purpose}`, file);
    });
    return () => {
      offCommand();
      offFile();
    };
  }, [navigate]);
}
