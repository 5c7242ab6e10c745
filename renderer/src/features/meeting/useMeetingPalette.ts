import { useTranslation } from 'react-i18next';
import { runAppCommand } from '../../app/appCommands';
import { useRegisterCommands, type PaletteCommand } from '../../app/commandRegistry';
import { MEETING_TABS } from './meetingTabs';

type Input = Readonly<{
  /** The tab open now. */
  current: string;
  goTo: (tab: string) => void;
  /** Opens "Rapat berikutnya" (the header's button); null when the meeting has no series. */
  nextMeeting: (() => void) | null;
}>;

/**
 * The meeting's own commands in Ctrl+K, from any of its tabs: each tab, the export dialog of the
 * Notula tab and "Rapat berikutnya", run by the same code as the tabs and buttons. The workflow
 * steps (Ajukan, Sahkan, …) are registered by the approval bar that owns their dialogs.
 */
export function useMeetingPalette({ current, goTo, nextMeeting }: Input): void {
  const { t } = useTranslation(['meeting', 'palette', 'series']);
  const group = t('palette:groups.meeting');
  const commands: PaletteCommand[] = [
    {
      id: 'meeting-export',
      label: t('palette:meeting.export'),
      description: t('palette:meeting.exportHint'),
      group,
      run: () => {
        // The dialog lives on the Notula tab: it opens once that tab has mounted.
        if (current !== 'notula') goTo('notula');
        runAppCommand('export-documents');
      },
    },
    {
      id: 'meeting-next',
      label: t('series:list.nextMeeting'),
      group,
      ...(nextMeeting ? {} : { disabledReason: t('palette:blocked.noSeries') }),
      run: () => nextMeeting?.(),
    },
    ...MEETING_TABS.map((tab) => ({
      id: `meeting-tab-${tab.value}`,
      label: t('palette:meeting.tab', { tab: t(`meeting:tabs.${tab.tab}`) }),
      group,
      ...(tab.value === current ? { description: t('palette:meeting.tabOpen') } : {}),
      run: () => goTo(tab.value),
    })),
  ];
  useRegisterCommands('meeting', commands);
}
