import '@mantine/spotlight/styles.css';
import { Kbd } from '@mantine/core';
import { Spotlight, spotlight, type SpotlightActionData, type SpotlightActionGroupData } from '@mantine/spotlight';
import {
  IconCalendarPlus,
  IconChecklist,
  IconHome,
  IconListSearch,
  IconSearch,
  IconSettings,
  IconUsersGroup,
  type TablerIcon,
} from '@tabler/icons-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { holdKeys, takeHeldKeys } from '../lib/heldKeys';
import { useLongDate } from '../lib/useLongDate';
import { MeetingFormModal } from '../features/meetings/MeetingFormModal';
import { useAppStore } from '../store';
import { usePaletteRegistry } from './commandRegistry';
import { meetingPath, ROUTES } from './routes';

const ICON = { size: 18, stroke: 1.6, 'aria-hidden': true } as const;

/**
 * Ctrl+K everywhere, the editor and form fields included: app-wide commands, the commands of
 * the open screen (the live minutes register theirs), and every meeting by name.
 */
export function CommandPalette() {
  const { t } = useTranslation('palette');
  const navigate = useNavigate();
  const longDate = useLongDate();
  const meetings = useAppStore((s) => s.meetings);
  const meetingsLoad = useAppStore((s) => s.meetingsLoad);
  const loadMeetings = useAppStore((s) => s.loadMeetings);
  const registered = usePaletteRegistry((s) => s.byOwner);
  const [creating, setCreating] = useState(false);
  const [query, setQuery] = useState('');
  const returnTo = useRef<HTMLElement | null>(null);

  // Ctrl+K is caught before the editor sees it: the field that had the keyboard lets go at once,
  // and what she types until the palette's search has the focus goes there, not into the minutes.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || event.code !== 'KeyK') return;
      event.preventDefault();
      event.stopPropagation();
      const active = document.activeElement;
      if (active instanceof HTMLElement && active !== document.body && !active.closest('.mantine-Spotlight-root')) {
        returnTo.current = active;
        active.blur();
        holdKeys();
      }
      spotlight.toggle();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);

  const actions = useMemo((): Array<SpotlightActionGroupData> => {
    // Run after the palette has closed, so focus goes where the action puts it.
    const later = (run: () => void) => () => requestAnimationFrame(run);
    // An entry that opens a screen: its label and hint are named after it in the messages.
    const go = (
      id: string,
      key: 'openMeeting' | 'search' | 'settings' | 'home' | 'followUp',
      Icon: TablerIcon,
      to: string,
    ): SpotlightActionData => ({
      id,
      label: t(`actions.${key}`),
      description: t(`actions.${key}Hint`),
      leftSection: <Icon {...ICON} />,
      onClick: later(() => navigate(to)),
    });
    const app: SpotlightActionData[] = [
      {
        id: 'new-meeting',
        label: t('actions.newMeeting'),
        description: t('actions.newMeetingHint'),
        leftSection: <IconCalendarPlus {...ICON} />,
        onClick: later(() => setCreating(true)),
      },
      go('open-meeting', 'openMeeting', IconUsersGroup, ROUTES.meetings),
      go('search', 'search', IconSearch, ROUTES.search),
      go('settings', 'settings', IconSettings, ROUTES.settings),
      go('home', 'home', IconHome, ROUTES.home),
      go('follow-up', 'followUp', IconChecklist, ROUTES.followUp),
    ];
    // The open screen's commands, under their own headings ("Rapat ini", "Rapat berlangsung"). One
    // that does not apply now stays listed, greyed, with the reason in place of its description.
    const screenGroups = new Map<string, SpotlightActionData[]>();
    for (const command of Object.values(registered).flat()) {
      const group = command.group ?? t('groups.live');
      const description = command.disabledReason ?? command.description;
      screenGroups.set(group, [
        ...(screenGroups.get(group) ?? []),
        {
          id: `screen-${command.id}`,
          label: command.label,
          ...(description ? { description } : {}),
          ...(command.disabledReason
            ? { disabled: true, 'aria-disabled': true, style: { opacity: 0.55, cursor: 'not-allowed' } }
            : {}),
          rightSection: command.shortcut ? <Kbd size="xs">{command.shortcut}</Kbd> : undefined,
          onClick: command.disabledReason ? undefined : later(command.run),
        },
      ]);
    }
    const open: SpotlightActionData[] = meetings.map((meeting) => ({
      id: `meeting-${meeting.id}`,
      label: meeting.title,
      description: t('actions.meetingHint', { date: longDate(meeting.date) }),
      keywords: [meeting.place, meeting.date],
      leftSection: <IconListSearch {...ICON} />,
      onClick: later(() => navigate(meetingPath(meeting.id))),
    }));
    return [
      ...Array.from(screenGroups, ([group, list]) => ({ group, actions: list })),
      { group: t('groups.app'), actions: app },
      ...(open.length > 0 ? [{ group: t('groups.meetings'), actions: open }] : []),
    ];
  }, [t, navigate, longDate, meetings, registered]);

  return (
    <>
      <Spotlight
        actions={actions}
        shortcut={null}
        query={query}
        onQueryChange={setQuery}
        limit={30}
        highlightQuery
        nothingFound={t('nothingFound')}
        searchProps={{
          placeholder: t('search'),
          'aria-label': t('search'),
          onFocus: () => {
            const early = takeHeldKeys();
            if (early) setQuery((current) => current + early);
          },
        }}
        onSpotlightClose={() => {
          takeHeldKeys();
          // Back to where she was typing, unless the chosen command moved the focus elsewhere.
          const back = returnTo.current;
          returnTo.current = null;
          setTimeout(() => {
            const focus = document.activeElement;
            const idle = focus === null || focus === document.body || focus.closest('.mantine-Spotlight-root') !== null;
            const otherDialog = Array.from(document.querySelectorAll('[role="dialog"]')).some(
              (d) => !d.closest('.mantine-Spotlight-root'),
            );
            if (back?.isConnected && idle && !otherDialog) back.focus();
          }, 30);
        }}
        onSpotlightOpen={() => {
          if (meetingsLoad.status === 'idle') void loadMeetings();
        }}
      />
      <MeetingFormModal
        opened={creating}
        onClose={() => setCreating(false)}
        onCreated={(meeting) => navigate(meetingPath(meeting.id))}
      />
    </>
  );
}
