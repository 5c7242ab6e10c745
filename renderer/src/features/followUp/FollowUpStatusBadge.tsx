import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OwnerStatus } from '../../../../shared/domain/commitment';

// Long labels ("Tidak Dapat Ditindaklanjuti") wrap instead of being cut off in narrow columns.
const WRAP = {
  root: { height: 'auto', minHeight: 'var(--badge-height)' },
  label: { whiteSpace: 'normal', overflow: 'visible', textOverflow: 'clip', lineHeight: 1.25 },
} as const;

const COLORS: Readonly<Record<OwnerStatus | 'TERLAMBAT', string>> = {
  BELUM: 'gray',
  PROSES: 'blue',
  SELESAI: 'green',
  TIDAK_DAPAT: 'orange',
  TERLAMBAT: 'red',
};

type Props = Readonly<{ status: OwnerStatus; overdue?: boolean; size?: 'xs' | 'sm' }>;

/** The status in words, plus "Terlambat" in words when late: colour is never the only signal. */
export function FollowUpStatusBadge({ status, overdue = false, size = 'sm' }: Props) {
  const { t } = useTranslation('followUp');
  return (
    <Group gap={4} wrap="wrap" component="span">
      <Badge color={COLORS[status]} variant="light" tt="none" size={size} styles={WRAP}>
        {t(`status.${status}`)}
      </Badge>
      {overdue && (
        <Badge color={COLORS.TERLAMBAT} variant="filled" tt="none" size={size} styles={WRAP}>
          {t('status.TERLAMBAT')}
        </Badge>
      )}
    </Group>
  );
}
