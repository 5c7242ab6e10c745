import { Card } from '@mantine/core';
import type { ComponentProps, ReactNode } from 'react';
import { PanelHeader } from './PanelHeader';

type Props = ComponentProps<typeof PanelHeader> & Readonly<{ children: ReactNode }>;

/** A panel of a screen (Acara, Daftar hadir, Surat undangan): a bordered section named by its header, then its body. */
export function PanelCard({ children, ...header }: Props) {
  return (
    <Card withBorder component="section" aria-labelledby={header.id}>
      <PanelHeader {...header} />
      {children}
    </Card>
  );
}
