import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MeetingStatus } from '../../../shared/domain/meeting';

const COLORS: Readonly<Record<MeetingStatus, string>> = {
  DRAF: 'gray',
  DIAJUKAN: 'yellow',
  DIKEMBALIKAN: 'orange',
  DISAHKAN: 'green',
};

/** Status always carries its text; colour is never the only signal. */
export function MeetingStatusBadge({ status }: Readonly<{ status: MeetingStatus }>) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="light" tt="none">
      {t(`status.${status}`)}
    </Badge>
  );
}
