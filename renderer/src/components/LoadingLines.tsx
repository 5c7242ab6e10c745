import { Skeleton, Stack } from '@mantine/core';

/**
 * Placeholder lines while a card's data is on its way, so a large archive's first moment
 * never reads "nothing here" (no meetings, no late commitments) before the truth arrives.
 */
export function LoadingLines() {
  return (
    <Stack gap="xs">
      {[0, 1, 2].map((line) => (
        <Skeleton key={line} height={14} width={`${80 - line * 15}%`} />
      ))}
    </Stack>
  );
}
