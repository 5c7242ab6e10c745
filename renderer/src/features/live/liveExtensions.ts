import StarterKit from '@tiptap/starter-kit';

/**
 * StarterKit cut down to what the Notula prints and the document converter
 * reads (shared/document/tiptap.ts): paragraphs, bold/italic/underline, lists,
 * hard breaks, undo. Headings, code, quotes, links and rules are off, so a
 * paste from Word cannot bring in what the minutes have no place for.
 */
export const LIVE_EXTENSIONS = [
  StarterKit.configure({
    heading: false,
    codeBlock: false,
    code: false,
    blockquote: false,
    horizontalRule: false,
    strike: false,
    link: false,
    // It appends an empty paragraph after a list on load, which would count as an edit.
    trailingNode: false,
  }),
];
