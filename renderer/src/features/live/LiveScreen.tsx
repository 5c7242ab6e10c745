import { Alert, Box } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../../../shared/domain/agenda';
import type { AttendanceList } from '../../../../shared/domain/attendee';
import type { MeetingDetail } from '../../../../shared/domain/meeting';
import type { MinuteSection } from '../../../../shared/domain/minutes';
import { useAppCommand } from '../../app/appCommands';
import { useRegisterCommands } from '../../app/commandRegistry';
import { useAppStore } from '../../store';
import { AgendaPane } from './AgendaPane';
import { CapturesPane, type RightTab } from './CapturesPane';
import { CommitmentModal } from './CommitmentModal';
import { DecisionModal } from './DecisionModal';
import { insertSpeaker } from './editorCommands';
import { LiveHeader } from './LiveHeader';
import { createLiveSession } from './liveSession';
import { SaveIndicator } from './SaveIndicator';
import { SectionEditor } from './SectionEditor';
import { SidePane } from './SidePane';
import { sectionTitle } from './sectionTitle';
import { ShortcutSheet } from './ShortcutSheet';
import { SpeakerPicker } from './SpeakerPicker';
import { speakerOptions } from './speakers';
import { invitedUnits } from '../../../../shared/domain/ownerGroups';
import { useLiveActions } from './useLiveActions';
import { useLiveLayout } from './useLiveLayout';
import { useLiveShortcuts } from './useLiveShortcuts';

type Props = Readonly<{
  meeting: MeetingDetail;
  sections: ReadonlyArray<MinuteSection>;
  agenda: ReadonlyArray<AgendaItem>;
  attendance: AttendanceList | undefined;
}>;

const EMPTY: ReadonlyArray<never> = [];

/** The height left under the screen's top edge, so the three panes scroll inside and the page does not. */
function useFillHeight(ref: React.RefObject<HTMLDivElement | null>, full: boolean): number {
  const [height, setHeight] = useState(560);
  useLayoutEffect(() => {
    const measure = () => {
      const top = full ? 0 : (ref.current?.getBoundingClientRect().top ?? 0) + window.scrollY;
      setHeight(Math.max(420, window.innerHeight - top - (full ? 0 : 16)));
    };
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, [ref, full]);
  return height;
}

/** "Rapat berlangsung": agenda with timers (left), the minutes editor (centre), captures and attendance (right). */
export function LiveScreen({ meeting, sections, agenda, attendance }: Props) {
  const { t } = useTranslation('live');
  const timers = useAppStore((s) => s.timersByMeeting[meeting.id]) ?? EMPTY;
  const decisions = useAppStore((s) => s.decisionsByMeeting[meeting.id]) ?? EMPTY;
  const commitments = useAppStore((s) => s.commitmentsByMeeting[meeting.id]) ?? EMPTY;
  const startItem = useAppStore((s) => s.startAgendaItem);
  const stopItem = useAppStore((s) => s.stopAgendaItem);
  const [session] = useState(() => createLiveSession());
  const live = useLiveActions(meeting, sections, timers, session);
  const { dialogs } = live;
  const layout = useLiveLayout();
  const { showLeft, showRight, full } = layout;
  const [rightTab, setRightTab] = useState<RightTab>('decisions');
  const rootRef = useRef<HTMLDivElement>(null);
  const attendanceRef = useRef<HTMLInputElement>(null);
  const height = useFillHeight(rootRef, full);
  const started = timers.some((timer) => timer.actualStartAt !== null);

  const openAttendance = () => {
    if (showRight && rightTab === 'attendance' && document.activeElement === attendanceRef.current) {
      live.activeEditor()?.commands.focus();
      return;
    }
    layout.openRight();
    setRightTab('attendance');
    requestAnimationFrame(() => requestAnimationFrame(() => attendanceRef.current?.focus()));
  };
  const shortcuts = live.shortcuts(openAttendance, layout);
  useLiveShortcuts(shortcuts, !live.anyDialogOpen);
  // The desktop menu's "Daftar pintasan" shows this screen's sheet while it is open.
  useAppCommand('shortcuts', shortcuts.sheet);
  useRegisterCommands('live', [
    { id: 'speaker', label: t('cheatSheet.items.speaker'), shortcut: 'Alt+S', run: shortcuts.speaker },
    { id: 'decision', label: t('cheatSheet.items.decision'), shortcut: 'Alt+K', run: shortcuts.decision },
    { id: 'commitment', label: t('cheatSheet.items.commitment'), shortcut: 'Alt+T', run: shortcuts.commitment },
    { id: 'next', label: t('cheatSheet.items.nextItem'), shortcut: 'Alt+↓', run: shortcuts.nextItem },
    { id: 'previous', label: t('cheatSheet.items.previousItem'), shortcut: 'Alt+↑', run: shortcuts.previousItem },
    { id: 'attendance', label: t('cheatSheet.items.attendance'), shortcut: 'Ctrl+Shift+H', run: shortcuts.attendance },
    { id: 'sheet', label: t('cheatSheet.items.sheet'), shortcut: 'Ctrl+/', run: shortcuts.sheet },
    { id: 'full', label: full ? t('focusOff') : t('focusOn'), shortcut: 'Ctrl+Shift+F', run: layout.toggleFull },
  ]);

  // Nothing typed may wait for a timer when the page goes away: journal now, save if there is time.
  const { rememberPlace } = live;
  useEffect(() => {
    const away = () => {
      session.emergencyAll();
      rememberPlace();
    };
    const hidden = () => document.visibilityState === 'hidden' && away();
    window.addEventListener('pagehide', away);
    window.addEventListener('beforeunload', away);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      window.removeEventListener('pagehide', away);
      window.removeEventListener('beforeunload', away);
      document.removeEventListener('visibilitychange', hidden);
    };
  }, [session, rememberPlace]);
  useEffect(() => () => void session.flushAll(), [session]);
  // Opening the screen means she is about to type: the caret goes to where she was.
  const { activeEditor } = live;
  useEffect(() => {
    requestAnimationFrame(() => activeEditor()?.commands.focus());
    // Only on opening; later moves focus through select().
  }, []);

  const words = useMemo(
    () => ({
      chairResponse: (title: string) => t('speaker.chairResponse', { title }),
      chairFallback: t('speaker.chairFallback'),
      chairHint: t('speaker.chairHint'),
      responseHint: t('speaker.responseHint'),
      representative: (position: string) => t('speaker.representative', { position }),
      representativeOf: (agency: string) => t('speaker.representativeOf', { agency }),
    }),
    [t],
  );
  const units = useAppStore((s) => s.units);
  const invitedUnitIds = useMemo(() => invitedUnits(attendance?.attendees ?? [], units), [attendance, units]);
  const speakers = useMemo(
    () => speakerOptions(meeting, attendance?.attendees ?? [], words),
    [meeting, attendance, words],
  );
  const captureActions = {
    speaker: live.openSpeaker,
    decision: () => live.capture('decision'),
    commitment: () => live.capture('commitment'),
  };
  const gridColumns = `${showLeft ? 'minmax(190px, 220px)' : ''} minmax(0, 1fr) ${showRight ? 'minmax(260px, 320px)' : ''}`;

  return (
    <Box
      ref={rootRef}
      data-testid="live-screen"
      style={
        full
          ? {
              position: 'fixed',
              inset: 0,
              zIndex: 150,
              background: 'var(--mantine-color-body)',
              padding: 12,
              height: '100vh',
            }
          : { height }
      }
    >
      <LiveHeader
        layout={layout}
        title={live.active ? sectionTitle(live.active, t) : ''}
        saveIndicator={<SaveIndicator board={session.board} />}
        onSheet={() => dialogs.setSheetOpen(true)}
      />
      <Box style={{ display: 'grid', gridTemplateColumns: gridColumns, gap: 12, height: 'calc(100% - 40px)' }}>
        {showLeft && (
          <SidePane component="nav" label={t('panes.agenda')}>
            <AgendaPane
              sections={sections}
              agenda={agenda}
              timers={timers}
              activeId={live.activeId}
              locked={live.locked}
              onSelect={live.select}
              onStart={(id) => void startItem(meeting.id, id)}
              onStop={(id) => void stopItem(meeting.id, id)}
            />
          </SidePane>
        )}
        <Box style={{ display: 'flex', flexDirection: 'column', minHeight: 0, minWidth: 0 }}>
          {live.locked && (
            <Alert color="gray" icon={<IconLock aria-hidden />} mb="xs" data-testid="live-locked">
              {meeting.status === 'DIAJUKAN' ? t('lockedSubmitted') : t('locked')}
            </Alert>
          )}
          <Box style={{ flex: 1, minHeight: 0 }}>
            {sections
              .filter((section) => live.visited.has(section.id))
              .map((section) => (
                <SectionEditor
                  key={section.id}
                  section={section}
                  title={sectionTitle(section, t)}
                  active={section.id === live.activeId}
                  locked={live.locked}
                  session={session}
                  actions={captureActions}
                  initialCursor={live.place?.sectionId === section.id ? live.place.cursor : null}
                />
              ))}
          </Box>
        </Box>
        {showRight && (
          <SidePane component="aside" label={t('panes.captures')}>
            <CapturesPane
              ref={attendanceRef}
              tab={rightTab}
              onTab={setRightTab}
              decisions={decisions}
              commitments={commitments}
              agenda={agenda}
              attendance={attendance}
              meetingId={meeting.id}
              meetingDate={meeting.date}
              timeZone={meeting.timeZone}
              started={started}
              locked={live.locked}
              onEditDecision={(decision) =>
                dialogs.setDecisionDraft({
                  text: decision.text,
                  agendaItemId: decision.agendaItemId,
                  editing: decision,
                })
              }
              onEditCommitment={(commitment) =>
                dialogs.setCommitmentDraft({
                  text: commitment.text,
                  agendaItemId: commitment.agendaItemId,
                  editing: commitment,
                })
              }
            />
          </SidePane>
        )}
      </Box>
      <SpeakerPicker
        opened={dialogs.speakerOpen}
        options={speakers}
        noAttendees={(attendance?.attendees.length ?? 0) === 0}
        onClose={dialogs.closeDialog}
        onPick={(option) => {
          const editor = live.activeEditor();
          dialogs.closeDialog();
          if (editor) requestAnimationFrame(() => insertSpeaker(editor, option.label));
        }}
      />
      <DecisionModal
        meetingId={meeting.id}
        agenda={agenda}
        draft={dialogs.decisionDraft}
        onClose={dialogs.closeDialog}
      />
      <CommitmentModal
        meetingId={meeting.id}
        meetingDate={meeting.date}
        agenda={agenda}
        invitedUnitIds={invitedUnitIds}
        draft={dialogs.commitmentDraft}
        onClose={dialogs.closeDialog}
      />
      <ShortcutSheet opened={dialogs.sheetOpen} onClose={dialogs.closeDialog} />
    </Box>
  );
}
