import { Loader, Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommitmentId, MeetingId } from '../../../../shared/domain/ids';
import type { FollowUpPage, FollowUpSort } from '../../../../shared/domain/followUpViews';
import { LoadError } from '../../components/LoadError';
import { useAppStore } from '../../store';
import { CommitmentDrawer } from './CommitmentDrawer';
import { FollowUpTable } from './FollowUpTable';

/** A meeting's commitments fit one page: a rakor records tens of them, never hundreds. */
const PAGE_SIZE = 200;

type Props = Readonly<{ meetingId: MeetingId }>;

/**
 * The commitments made in this meeting, with their owners, statuses and due dates, each opening
 * the same update drawer as the Tindak Lanjut page (a report saved there shows here on close).
 */
export function MeetingCommitments({ meetingId }: Props) {
  const { t } = useTranslation('followUp');
  const [page, setPage] = useState<FollowUpPage | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [sort, setSort] = useState<{ column: FollowUpSort; descending: boolean }>({
    column: 'ASAL',
    descending: false,
  });
  const [open, setOpen] = useState<CommitmentId | null>(null);
  const listFollowUps = useAppStore((s) => s.listFollowUps);

  const load = useCallback(async () => {
    const result = await listFollowUps({
      meetingId,
      sort: sort.column,
      descending: sort.descending,
      pageSize: PAGE_SIZE,
    });
    if (result.ok) {
      setPage(result.value);
      setError(null);
    } else setError(result.error.message);
  }, [meetingId, sort, listFollowUps]);

  useEffect(() => {
    void load();
  }, [load]);

  const sortBy = (column: FollowUpSort) =>
    setSort((current) => ({ column, descending: current.column === column ? !current.descending : false }));

  return (
    <Stack gap="xs" component="section" aria-labelledby={`own-${meetingId}`}>
      <Title order={3} size="h5" id={`own-${meetingId}`}>
        {t('own.title')}
      </Title>
      {error !== null && <LoadError title={t('loadError')} message={error} onRetry={() => void load()} />}
      {page === null && error === null && <Loader size="sm" role="status" aria-label={t('own.title')} />}
      {page !== null && page.rows.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('own.empty')}
        </Text>
      )}
      {page !== null && page.rows.length > 0 && (
        <FollowUpTable
          rows={page.rows}
          firstNumber={1}
          sort={sort.column}
          descending={sort.descending}
          onSort={sortBy}
          onOpen={(row) => setOpen(row.id)}
        />
      )}
      <CommitmentDrawer
        commitmentId={open}
        today={page?.today ?? ''}
        onClose={() => {
          setOpen(null);
          void load();
        }}
      />
    </Stack>
  );
}
