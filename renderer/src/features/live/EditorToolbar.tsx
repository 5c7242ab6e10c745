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
import type { Icon } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export type CaptureActions = Readonly<{ speaker: () => void; decision: () => void; commitment: () => void }>;

type ButtonProps = Readonly<{ label: string; icon: Icon; onClick: () => void }>;

/** A control that is only an icon: its name is said to screen readers and shown on hover. */
function ToolbarButton({ label, icon: IconShape, onClick }: ButtonProps) {
  return (
    <RichTextEditor.Control aria-label={label} title={label} onClick={onClick}>
      <IconShape size={16} stroke={1.5} aria-hidden />
    </RichTextEditor.Control>
  );
}

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
        <ToolbarButton
          label={t('editor.indent')}
          icon={IconIndentIncrease}
          onClick={() => editor?.chain().focus().sinkListItem('listItem').run()}
        />
        <ToolbarButton
          label={t('editor.outdent')}
          icon={IconIndentDecrease}
          onClick={() => editor?.chain().focus().liftListItem('listItem').run()}
        />
      </RichTextEditor.ControlsGroup>
      {/* Plain controls: Mantine's Undo/Redo ask the history on every keystroke whether they are enabled. */}
      <RichTextEditor.ControlsGroup>
        <ToolbarButton
          label={t('editor.undo')}
          icon={IconArrowBackUp}
          onClick={() => editor?.chain().focus().undo().run()}
        />
        <ToolbarButton
          label={t('editor.redo')}
          icon={IconArrowForwardUp}
          onClick={() => editor?.chain().focus().redo().run()}
        />
      </RichTextEditor.ControlsGroup>
      <RichTextEditor.ControlsGroup>
        <ToolbarButton label={t('editor.speaker')} icon={IconMicrophone} onClick={actions.speaker} />
        <ToolbarButton label={t('editor.decision')} icon={IconGavel} onClick={actions.decision} />
        <ToolbarButton label={t('editor.commitment')} icon={IconChecklist} onClick={actions.commitment} />
      </RichTextEditor.ControlsGroup>
    </RichTextEditor.Toolbar>
  );
}
