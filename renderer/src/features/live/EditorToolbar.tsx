import { RichTextEditor, useRichTextEditorContext } from '@mantine/tiptap';
import {
  IconArrowBackUp,
  IconArrowForwardUp,
  IconChecklist,
  IconGavel,
  IconIndentDecrease,
  IconIndentIncrease,
  IconMicrophone,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export type CaptureActions = Readonly<{ speaker: () => void; decision: () => void; commitment: () => void }>;

/** Formatting the Notula can print, then the three capture actions with their shortcuts in the label. */
export function EditorToolbar({ actions }: Readonly<{ actions: CaptureActions }>) {
  const { t } = useTranslation('live');
  const { editor } = useRichTextEditorContext();
  return (
    <RichTextEditor.Toolbar aria-label={t('editor.toolbar')}>
      <RichTextEditor.ControlsGroup>
        <RichTextEditor.Bold />
        <RichTextEditor.Italic />
      </RichTextEditor.ControlsGroup>
      <RichTextEditor.ControlsGroup>
        <RichTextEditor.BulletList />
        <RichTextEditor.OrderedList />
        <RichTextEditor.Control
          aria-label={t('editor.indent')}
          title={t('editor.indent')}
          onClick={() => editor?.chain().focus().sinkListItem('listItem').run()}
        >
          <IconIndentIncrease size={16} stroke={1.5} aria-hidden />
        </RichTextEditor.Control>
        <RichTextEditor.Control
          aria-label={t('editor.outdent')}
          title={t('editor.outdent')}
          onClick={() => editor?.chain().focus().liftListItem('listItem').run()}
        >
          <IconIndentDecrease size={16} stroke={1.5} aria-hidden />
        </RichTextEditor.Control>
      </RichTextEditor.ControlsGroup>
      {/* Plain controls: Mantine's Undo/Redo ask the history on every keystroke whether they are enabled. */}
      <RichTextEditor.ControlsGroup>
        <RichTextEditor.Control
          aria-label={t('editor.undo')}
          title={t('editor.undo')}
          onClick={() => editor?.chain().focus().undo().run()}
        >
          <IconArrowBackUp size={16} stroke={1.5} aria-hidden />
        </RichTextEditor.Control>
        <RichTextEditor.Control
          aria-label={t('editor.redo')}
          title={t('editor.redo')}
          onClick={() => editor?.chain().focus().redo().run()}
        >
          <IconArrowForwardUp size={16} stroke={1.5} aria-hidden />
        </RichTextEditor.Control>
      </RichTextEditor.ControlsGroup>
      <RichTextEditor.ControlsGroup>
        <RichTextEditor.Control aria-label={t('editor.speaker')} title={t('editor.speaker')} onClick={actions.speaker}>
          <IconMicrophone size={16} stroke={1.5} aria-hidden />
        </RichTextEditor.Control>
        <RichTextEditor.Control
          aria-label={t('editor.decision')}
          title={t('editor.decision')}
          onClick={actions.decision}
        >
          <IconGavel size={16} stroke={1.5} aria-hidden />
        </RichTextEditor.Control>
        <RichTextEditor.Control
          aria-label={t('editor.commitment')}
          title={t('editor.commitment')}
          onClick={actions.commitment}
        >
          <IconChecklist size={16} stroke={1.5} aria-hidden />
        </RichTextEditor.Control>
      </RichTextEditor.ControlsGroup>
    </RichTextEditor.Toolbar>
  );
}
