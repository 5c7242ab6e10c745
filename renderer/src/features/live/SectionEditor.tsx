import { Alert, Box, Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { RichTextEditor } from '@mantine/tiptap';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useEditor, type JSONContent } from '@tiptap/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MinuteSection, RichDoc } from '../../../../shared/domain/minutes';
import { useAppStore } from '../../store';
import { SectionAutosave, type AutosaveStatus, type SaveOutcome } from './autosave';
import { EditorToolbar, type CaptureActions } from './EditorToolbar';
import { reconcile, type JournalEntry } from './journal';
import { LIVE_EXTENSIONS } from './liveExtensions';
import type { LiveSession } from './liveSession';
import { clockTime } from './statusBoard';

type Props = Readonly<{
  section: MinuteSection;
  title: string;
  active: boolean;
  locked: boolean;
  session: LiveSession;
  actions: CaptureActions;
  /** Cursor to put back when the screen reopens on this section. */
  initialCursor: number | null;
}>;

/** Our stored shape is a read-only subset of TipTap's JSON; the editor takes it as its own type. */
const asContent = (doc: RichDoc): JSONContent => doc as unknown as JSONContent;

// getState(), not a hook: the autosave reads the action when it fires and subscribes to nothing (no render).
async function saveToMain(section: MinuteSection, content: RichDoc, baseRevision: number): Promise<SaveOutcome> {
  const result = await useAppStore.getState().saveMinuteSection({ id: section.id, baseRevision, content });
  return result.ok
    ? { ok: true, ...result.value }
    : { ok: false, code: result.error.code, message: result.error.message };
}

/**
 * One section's editor with its own autosave and undo history. It stays mounted
 * (hidden) after she moves on, so going back keeps the undo steps of the meeting.
 */
export function SectionEditor({ section, title, active, locked, session, actions, initialCursor }: Props) {
  const { t } = useTranslation('live');
  // Decided once, before the editor exists: what the journal of this device holds for the section.
  const [start] = useState(() => {
    const entry = session.journal.read(section.id);
    const verdict = reconcile(section, entry);
    if (verdict === 'discard') session.journal.clear(section.id);
    return { verdict, entry };
  });
  const [offer, setOffer] = useState<JournalEntry | null>(start.verdict === 'offer' ? start.entry : null);
  const [problem, setProblem] = useState<Extract<AutosaveStatus, { message: string }> | null>(null);
  const editorRef = useRef<ReturnType<typeof useEditor>>(null);
  // The text at unmount: a save still running then must not read an editor that is gone.
  const frozenRef = useRef<RichDoc | null>(null);

  const [autosave] = useState(
    () =>
      new SectionAutosave({
        sectionId: section.id,
        revision: section.revision,
        read: () => frozenRef.current ?? ((editorRef.current?.getJSON() ?? section.content) as RichDoc),
        save: (content, baseRevision) => saveToMain(section, content, baseRevision),
        journal: session.journal,
        onStatus: (status) => {
          session.board.set(section.id, status);
          // Only a problem re-renders this component; saving and saved do not.
          const next = status.state === 'conflict' || status.state === 'locked' ? status : null;
          setProblem((current) =>
            current?.state === next?.state && current?.message === next?.message ? current : next,
          );
        },
      }),
  );

  const editor = useEditor({
    extensions: LIVE_EXTENSIONS,
    content: asContent(start.verdict === 'restore' && start.entry ? start.entry.content : section.content),
    editable: !locked,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: {
        'aria-label': t('editor.label', { section: title }),
        'aria-multiline': 'true',
        role: 'textbox',
        'data-section-id': section.id,
        spellcheck: 'false',
      },
    },
    onUpdate: () => autosave.changed(),
    onBlur: () => void autosave.flush(),
  });
  editorRef.current = editor;

  // The lock can arrive while the editor is open (approved from the page's bar): useEditor reads `editable` only once.
  useEffect(() => {
    if (editor && editor.isEditable === locked) editor.setEditable(!locked, false);
  }, [editor, locked]);

  useEffect(() => {
    if (!editor) return undefined;
    session.open.set(section.id, { editor, autosave });
    if (start.verdict === 'restore') {
      autosave.changed();
      notifications.show({ message: t('save.restored'), color: 'blue' });
    }
    if (initialCursor !== null) {
      const at = Math.min(initialCursor, editor.state.doc.content.size);
      editor.commands.setTextSelection(at);
    }
    return () => {
      frozenRef.current = editor.getJSON() as RichDoc;
      autosave.emergency();
      void autosave.flush().finally(() => autosave.dispose());
      session.open.delete(section.id);
    };
    // The editor and autosave live as long as this component; the rest is read once on purpose.
  }, [editor]);

  const resolve = async (choice: 'mine' | 'theirs') => {
    const result = await useAppStore.getState().readMinutes({ meetingId: section.meetingId });
    if (!result.ok || !editor) return;
    const server = result.value.sections.find((s) => s.id === section.id);
    if (!server) return;
    if (choice === 'mine') await autosave.keepMine(server.revision);
    else {
      editor.commands.setContent(asContent(server.content), { emitUpdate: false });
      autosave.takeTheirs(server.revision);
    }
  };

  const restoreOffer = () => {
    if (!offer || !editor) return;
    editor.commands.setContent(asContent(offer.content));
    setOffer(null);
  };

  return (
    <Box hidden={!active} h="100%" style={{ display: active ? 'flex' : 'none', flexDirection: 'column', minHeight: 0 }}>
      {offer && (
        <Alert color="yellow" icon={<IconAlertTriangle aria-hidden />} title={t('journal.title')} mb="xs">
          <Text size="sm">{t('journal.body', { time: clockTime(offer.at) })}</Text>
          <Group gap="xs" mt="xs">
            <Button size="xs" onClick={restoreOffer}>
              {t('journal.restore')}
            </Button>
            <Button
              size="xs"
              variant="default"
              onClick={() => {
                session.journal.clear(section.id);
                setOffer(null);
              }}
            >
              {t('journal.discard')}
            </Button>
          </Group>
        </Alert>
      )}
      {problem?.state === 'conflict' && (
        <Alert color="red" icon={<IconAlertTriangle aria-hidden />} title={t('conflict.title')} mb="xs" role="alert">
          <Text size="sm">{t('conflict.body')}</Text>
          <Group gap="xs" mt="xs">
            <Button size="xs" onClick={() => void resolve('mine')}>
              {t('conflict.keepMine')}
            </Button>
            <Button size="xs" variant="default" onClick={() => void resolve('theirs')}>
              {t('conflict.takeTheirs')}
            </Button>
          </Group>
        </Alert>
      )}
      {problem?.state === 'locked' && (
        <Alert color="red" icon={<IconAlertTriangle aria-hidden />} mb="xs" role="alert">
          {problem.message}
        </Alert>
      )}
      <RichTextEditor
        editor={editor}
        labels={{
          boldControlLabel: t('editor.bold'),
          italicControlLabel: t('editor.italic'),
          bulletListControlLabel: t('editor.bulletList'),
          orderedListControlLabel: t('editor.orderedList'),
        }}
        style={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0 }}
      >
        {!locked && <EditorToolbar actions={actions} />}
        <RichTextEditor.Content
          className="risalah-live-content"
          style={{ flex: 1, overflowY: 'auto', fontSize: 16, lineHeight: 1.6 }}
          aria-describedby={`hint-${section.id}`}
        />
      </RichTextEditor>
      <Text id={`hint-${section.id}`} size="xs" c="dimmed" mt={4}>
        {t('editor.placeholder')}
      </Text>
    </Box>
  );
}
