import { Mark } from '@mantine/core';
import type { SnippetPart } from '../../../../shared/domain/search';

/**
 * Text with the matched words in <mark>. The parts come split from main, so
 * her text is only ever rendered as text, never parsed as markup.
 */
export function HighlightedText({ parts }: Readonly<{ parts: ReadonlyArray<SnippetPart> }>) {
  return (
    <>
      {parts.map((part, index) =>
        part.hit ? (
          // Bold as well as tinted: the match does not rely on colour alone.
          <Mark key={index} fw={700} color="yellow.2">
            {part.text}
          </Mark>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </>
  );
}
