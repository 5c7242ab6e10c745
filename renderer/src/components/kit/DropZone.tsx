import { Paper, type PaperProps } from '@mantine/core';
import { useState, type DragEvent, type ReactNode } from 'react';

type Props = PaperProps &
  Readonly<{
    /** The first file dropped; nothing when she dropped something that is not a file. */
    onFile: (file: File) => void;
    'aria-label'?: string;
    'aria-labelledby'?: string;
    children: ReactNode;
  }>;

/** A dashed area a file can be dropped on, lit while one is dragged over it; the button inside is the other way. */
export function DropZone({ onFile, children, ...paper }: Props) {
  const [over, setOver] = useState(false);
  const drop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file) onFile(file);
  };
  return (
    <Paper
      role="group"
      {...paper}
      onDragOver={(event: DragEvent<HTMLDivElement>) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
      style={{
        border: '2px dashed var(--mantine-color-gray-4)',
        background: over ? 'var(--mantine-color-blue-0)' : undefined,
      }}
    >
      {children}
    </Paper>
  );
}
