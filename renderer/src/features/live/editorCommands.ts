import { TextSelection } from '@tiptap/pm/state';
import type { Editor } from '@tiptap/react';

/*
 * Editing commands of the live shortcuts, as plain ProseMirror transactions so
 * each is one undo step and the cursor lands where she keeps typing.
 */

/** End of the block under the doc that holds the cursor (a paragraph, or a whole list). */
function topLevelEnd(editor: Editor): number {
  const { $from } = editor.state.selection;
  return $from.depth >= 1 ? $from.after(1) : editor.state.doc.content.size;
}

/** The cursor sits in an empty paragraph: "@" there opens the speaker picker. */
export function atEmptyLine(editor: Editor): boolean {
  const { $from, empty } = editor.state.selection;
  return empty && $from.parent.type.name === 'paragraph' && $from.parent.content.size === 0;
}

/**
 * A speaker line: the bold label and its colon, then a plain space, typed into
 * the current line when it is empty or as a new paragraph below it.
 */
export function insertSpeaker(editor: Editor, label: string): void {
  const { state, view } = editor;
  const { schema } = state;
  const boldMark = schema.marks['bold'];
  const paragraph = schema.nodes['paragraph'];
  if (!boldMark || !paragraph) return;
  const inline = [schema.text(`${label}:`, [boldMark.create()]), schema.text(' ')];
  const typed = label.length + 2;
  const tr = state.tr;
  if (atEmptyLine(editor)) {
    const at = state.selection.$from.pos;
    tr.insert(at, inline);
    tr.setSelection(TextSelection.create(tr.doc, at + typed));
  } else {
    const at = topLevelEnd(editor);
    tr.insert(at, paragraph.create(null, inline));
    tr.setSelection(TextSelection.create(tr.doc, at + 1 + typed));
  }
  tr.setStoredMarks([]);
  view.dispatch(tr.scrollIntoView());
  view.focus();
}

/** Ctrl+Enter: a new paragraph below the current line (or list) without cutting the line. */
export function insertParagraphBelow(editor: Editor): void {
  const { state, view } = editor;
  const paragraph = state.schema.nodes['paragraph'];
  if (!paragraph) return;
  const at = topLevelEnd(editor);
  const tr = state.tr.insert(at, paragraph.create());
  tr.setSelection(TextSelection.create(tr.doc, at + 1));
  tr.setStoredMarks([]);
  view.dispatch(tr.scrollIntoView());
  view.focus();
}

/** The selection, or the current line without its speaker label: the text of a decision or commitment. */
export function captureText(editor: Editor): string {
  const { state } = editor;
  const { from, to, empty, $from } = state.selection;
  if (!empty) return state.doc.textBetween(from, to, '\n').trim();
  const line = $from.parent;
  const first = line.firstChild;
  let text = line.textContent;
  if (
    first?.isText &&
    first.marks.some((mark) => mark.type.name === 'bold') &&
    (first.text ?? '').trim().endsWith(':')
  ) {
    text = text.slice((first.text ?? '').length);
  }
  return text.trim();
}
