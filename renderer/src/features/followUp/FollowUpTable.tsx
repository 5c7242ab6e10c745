import { Anchor, Badge, Group, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { IconArrowsSort, IconSortAscending, IconSortDescending } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { FollowUpRow, FollowUpSort } from '../../../../shared/domain/followUpViews';
import { useLongDate } from '../../lib/useLongDate';
import { useDueDateText } from './useDueDateText';
import { FollowUpStatusBadge } from './FollowUpStatusBadge';

type Props = Readonly<{
  rows: ReadonlyArray<FollowUpRow>;
  firstNumber: number;
  sort: FollowUpSort;
  descending: boolean;
  onSort: (sort: FollowUpSort) => void;
  onOpen: (row: FollowUpRow) => void;
}>;

function SortHeader({
  label,
  column,
  sort,
  descending,
  onSort,
  width,
}: Readonly<{
  label: string;
  column: FollowUpSort;
  sort: FollowUpSort;
  descending: boolean;
  onSort: (sort: FollowUpSort) => void;
  width?: number;
}>) {
  const { t } = useTranslation('followUp');
  const active = sort === column;
  const Icon = !active ? IconArrowsSort : descending ? IconSortDescending : IconSortAscending;
  return (
    <Table.Th w={width} aria-sort={active ? (descending ? 'descending' : 'ascending') : 'none'}>
      <UnstyledButton onClick={() => onSort(column)} aria-label={t('table.sortBy', { column: label })}>
        <Group gap={4} wrap="nowrap">
          <Text fw={700} size="sm">
            {label}
          </Text>
          <Icon size={14} aria-hidden />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}

/** The commitments table: No, Uraian, PJ with per-owner badges, Batas Waktu, Status, Perkembangan terakhir. */
export function FollowUpTable({ rows, firstNumber, sort, descending, onSort, onOpen }: Props) {
  const { t } = useTranslation('followUp');
  const longDate = useLongDate();
  const dueDateText = useDueDateText();
  const header = (label: string, column: FollowUpSort, width?: number) => (
    <SortHeader label={label} column={column} sort={sort} descending={descending} onSort={onSort} width={width} />
  );
  return (
    <Table striped highlightOnHover verticalSpacing="xs" aria-label={t('table.label')} layout="fixed">
      <Table.Thead>
        <Table.Tr>
          {header(t('table.no'), 'ASAL', 64)}
          {header(t('table.text'), 'URAIAN')}
          <Table.Th w={230}>{t('table.owners')}</Table.Th>
          {header(t('table.due'), 'BATAS_WAKTU', 140)}
          {header(t('table.status'), 'STATUS', 150)}
          <Table.Th w={220}>{t('table.latest')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row, index) => (
          <Table.Tr key={row.id}>
            <Table.Td>{firstNumber + index}</Table.Td>
            <Table.Td>
              <Anchor
                component="button"
                type="button"
                ta="left"
                fw={500}
                onClick={() => onOpen(row)}
                aria-label={t('table.open', { text: row.text })}
              >
                {row.text}
              </Anchor>
              <Text size="xs" c="dimmed">
                {t('table.origin', { title: row.meetingTitle, date: longDate(row.meetingDate) })}
              </Text>
              {row.programTag !== '' && (
                <Badge size="xs" variant="outline" tt="none" mt={2}>
                  {row.programTag}
                </Badge>
              )}
            </Table.Td>
            <Table.Td>
              {row.owners.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('table.noOwner')}
                </Text>
              ) : (
                <Stack gap={4}>
                  {row.owners.map((owner) => (
                    <div key={owner.id}>
                      <Text size="sm" lh={1.2}>
                        {owner.unitName}
                      </Text>
                      <FollowUpStatusBadge status={owner.status} overdue={owner.overdue} size="xs" />
                    </div>
                  ))}
                </Stack>
              )}
            </Table.Td>
            <Table.Td>
              <Text size="sm" c={row.dueDate === null ? 'dimmed' : undefined}>
                {dueDateText(row.dueDate)}
              </Text>
            </Table.Td>
            <Table.Td>
              <FollowUpStatusBadge status={row.status} overdue={row.overdue} />
            </Table.Td>
            <Table.Td>
              {row.latest === null ? (
                <Text size="sm" c="dimmed">
                  {t('table.noProgress')}
                </Text>
              ) : (
                <>
                  <Text size="sm" lineClamp={2}>
                    {row.latest.text || '—'}
                    {row.latest.percent !== null ? ` (${row.latest.percent}%)` : ''}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {row.latest.unitName} · {longDate(row.latest.reportedOn)}
                  </Text>
                </>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
