import { Button, Stack, Text } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';
import { DropZone } from './DropZone';

type Props = Readonly<{
  /** The area's name for a screen reader ("Area untuk menjatuhkan berkas PDF"). */
  label: string;
  icon: Icon;
  /** "Jatuhkan berkas di sini, atau": the sentence the button ends. */
  prompt: string;
  chooseLabel: string;
  /** What files it takes and how large. */
  limits: string;
  /** The button: main's dialog on desktop, the browser's picker on the web. */
  onPick: () => void;
  onFile: (file: File) => void;
}>;

/** One file in, two ways: dropped on the dashed area, or chosen with its button (Impor OPD, Verifikasi dokumen). */
export function FilePickZone({ label, icon: IconShape, prompt, chooseLabel, limits, onPick, onFile }: Props) {
  return (
    <DropZone p="lg" aria-label={label} onFile={onFile}>
      <Stack align="center" gap="xs">
        <IconShape size={36} aria-hidden stroke={1.5} />
        <Text size="sm">{prompt}</Text>
        <Button onClick={onPick}>{chooseLabel}</Button>
        <Text size="xs" c="dimmed">
          {limits}
        </Text>
      </Stack>
    </DropZone>
  );
}
