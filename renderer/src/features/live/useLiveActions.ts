import { useCallback, useState } from 'react';
import { isContentLocked, type MeetingDetail } from '../../../../shared/domain/meeting';
import type { SectionId } from '../../../../shared/domain/ids';
import type { MinuteSection } from '../../../../shared/domain/minutes';
import type { AgendaTimer } from '../../../../shared/ipc/liveContract';
import { useAppStore } from '../../store';
import type { CommitmentDraft } from './CommitmentModal';
import type { DecisionDraft } from './DecisionModal';
import { atEmptyLine, captureText, insertParagraphBelow } from './editorCommands';
import { holdKeys, takeHeldKeys } from '../../lib/heldKeys';
import type { LiveSession } from './liveSession';
import { readPlace, writePlace } from '../../lib/livePlace';
import type { LiveShortcutActions } from './useLiveShortcuts';

/** Puts the caret back into an editor once React has shown it. */
function focusLater(session: LiveSession, id: SectionId, cursor?: number): void {
  requestAnimationFrame(() => {
    const editor = session.open.get(id)?.editor;
    if (!editor) return;
    if (cursor !== undefined)
      editor.chain().focus().setTextSelection(Math.min(cursor, editor.state.doc.content.size)).run();
    else editor.commands.focus();
  });
}

/**
 * The state and actions of the live screen that the shortcuts, the agenda pane
 * and the toolbar share: which section is open, and the capture dialogs.
 */
export function useLiveActions(
  meeting: MeetingDetail,
  sections: ReadonlyArray<MinuteSection>,
  timers: ReadonlyArray<AgendaTimer>,
  session: LiveSession,
) {
  const startItem = useAppStore((s) => s.startAgendaItem);
  const stopItem = useAppStore((s) => s.stopAgendaItem);
  const [place] = useState(() => readPlace(meeting.id));
  const [activeId, setActiveId] = useState<SectionId | null>(() =>
    sections.some((s) => s.id === place?.sectionId) ? (place?.sectionId ?? null) : (sections[0]?.id ?? null),
  );
  // Sections with a journal on this device open (hidden) at once, so their unsaved words are reconciled now, not on a later visit.
  const [visited, setVisited] = useState<ReadonlySet<SectionId>>(
    () =>
      new Set([
        ...(activeId ? [activeId] : []),
        ...sections.filter((s) => session.journal.read(s.id) !== null).map((s) => s.id),
      ]),
  );
  const [speakerOpen, setSpeakerOpen] = useState(false);
  const [sheetOpen, setSheetOpen] = useState(false);
  const [decisionDraft, setDecisionDraft] = useState<DecisionDraft | null>(null);
  const [commitmentDraft, setCommitmentDraft] = useState<CommitmentDraft | null>(null);
  const active = sections.find((s) => s.id === activeId) ?? null;
  const activeEditor = () => (activeId ? (session.open.get(activeId)?.editor ?? null) : null);
  // Diajukan locks the content like Disahkan; Dikembalikan unlocks it.
  const locked = isContentLocked(meeting.status);

  const rememberPlace = useCallback(() => {
    const editor = activeId ? session.open.get(activeId)?.editor : undefined;
    if (activeId && editor) writePlace(meeting.id, { sectionId: activeId, cursor: editor.state.selection.from });
  }, [activeId, meeting.id, session]);

  const select = (id: SectionId) => {
    if (id === activeId) return focusLater(session, id);
    rememberPlace();
    if (activeId) void session.open.get(activeId)?.autosave.flush();
    setActiveId(id);
    setVisited((current) => (current.has(id) ? current : new Set([...current, id])));
    writePlace(meeting.id, { sectionId: id, cursor: session.open.get(id)?.editor.state.selection.from ?? 1 });
    focusLater(session, id);
  };

  /** Alt+Up/Down: the next section; an agenda item's timer starts, and leaving the agenda stops the running one. */
  const step = (delta: 1 | -1) => {
    const index = sections.findIndex((s) => s.id === activeId);
    const target = sections[index + delta];
    if (!target) return;
    select(target.id);
    if (locked) return;
    if (target.agendaItemId) void startItem(meeting.id, target.agendaItemId);
    else {
      const running = timers.find((timer) => timer.actualStartAt !== null && timer.actualEndAt === null);
      if (running) void stopItem(meeting.id, running.id);
    }
  };

  /** Leaves the editor at once, so keys typed before the dialog's field has the focus never reach the minutes. */
  const leaveEditor = () => {
    activeEditor()?.view.dom.blur();
    holdKeys();
  };

  const openSpeaker = () => {
    if (locked) return;
    leaveEditor();
    setSpeakerOpen(true);
  };

  const capture = (kind: 'decision' | 'commitment') => {
    if (locked) return;
    const editor = activeEditor();
    const draft = { text: editor ? captureText(editor) : '', agendaItemId: active?.agendaItemId ?? null };
    leaveEditor();
    if (kind === 'decision') setDecisionDraft(draft);
    else setCommitmentDraft(draft);
  };

  const closeDialog = () => {
    takeHeldKeys();
    setSpeakerOpen(false);
    setSheetOpen(false);
    setDecisionDraft(null);
    setCommitmentDraft(null);
    if (activeId) focusLater(session, activeId);
  };

  const shortcuts = (
    openAttendance: () => void,
    layout: Readonly<{ toggleFull: () => void; leaveFull: () => void; full: boolean }>,
  ): LiveShortcutActions => ({
    speaker: openSpeaker,
    decision: () => capture('decision'),
    commitment: () => capture('commitment'),
    nextItem: () => step(1),
    previousItem: () => step(-1),
    attendance: openAttendance,
    sheet: () => setSheetOpen(true),
    focus: layout.toggleFull,
    leaveFocus: () => {
      if (!layout.full) return false;
      layout.leaveFull();
      return true;
    },
    newParagraph: () => {
      const editor = activeEditor();
      if (editor && !locked) insertParagraphBelow(editor);
    },
    at: () => {
      const editor = activeEditor();
      if (!editor || locked || !atEmptyLine(editor)) return false;
      openSpeaker();
      return true;
    },
    inEditor: (target) => {
      const editor = activeEditor();
      return editor !== null && target instanceof Node && editor.view.dom.contains(target);
    },
  });

  return {
    activeId,
    active,
    visited,
    place,
    locked,
    activeEditor,
    select,
    capture,
    openSpeaker,
    rememberPlace,
    shortcuts,
    dialogs: {
      speakerOpen,
      setSpeakerOpen,
      sheetOpen,
      setSheetOpen,
      decisionDraft,
      setDecisionDraft,
      commitmentDraft,
      setCommitmentDraft,
      closeDialog,
    },
    anyDialogOpen: speakerOpen || sheetOpen || decisionDraft !== null || commitmentDraft !== null,
  };
}
