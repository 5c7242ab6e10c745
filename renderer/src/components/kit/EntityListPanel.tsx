import { Group, Loader, Pagination, Paper, Stack, Text } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { usePagination } from '../../lib/usePagination';
import type { LoadState } from '../../store/loadState';
import { EmptyState } from '../EmptyState';
import { LoadError } from '../LoadError';
import type { Column } from './DataTable';
import { RecordTable } from './RecordTable';

/** A list shown as a RecordTable: its name for a screen reader, its columns, its row spacing. */
type TableSpec<T> = Readonly<{
  label: string;
  columns: ReadonlyArray<Column<T & Readonly<{ id: string }>>>;
  spacing?: 'xs' | 'sm';
}>;

/** How the page's rows are shown: the records' RecordTable (`table`), or a list of its own (`renderTable`). */
type Body<T> =
  | Readonly<{ table: TableSpec<T>; renderTable?: undefined }>
  | Readonly<{ renderTable: (pageItems: ReadonlyArray<T>) => ReactNode; table?: undefined }>;

type Props<T> = Body<T> &
  Readonly<{
    toolbar: ReactNode;
    load: LoadState;
    loadErrorTitle: string;
    onRetry: () => void;
    /** Nothing recorded at all (not: nothing matches her search). */
    nothingYet: boolean;
    /** Nothing yet: the list's icon (drawn at the size every empty list shares), what is missing and what to do. */
    empty: Readonly<{ icon: Icon; title: string; body: string; action?: ReactNode }>;
    /** The rows to show, already filtered; paged here. */
    items: ReadonlyArray<T>;
    /** Said when there are records but none match; null (or none, for a list without search) says nothing. */
    noMatch?: string | null;
    /** The count line; null (or none, for a short list) while there is nothing to count. */
    count?: string | null;
    /** The panel's modals (new, edit, import). */
    children?: ReactNode;
  }>;

/** A master list: toolbar, load error with retry, loading, empty, count, table and pages. */
export function EntityListPanel<T>(props: Props<T>) {
  const { t } = useTranslation('kit');
  const { load, items, nothingYet } = props;
  const { page, setPage, pages, pageItems } = usePagination(items);
  return (
    <Stack gap="md">
      {props.toolbar}
      {load.status === 'error' && (
        <LoadError title={props.loadErrorTitle} message={load.message} onRetry={props.onRetry} />
      )}
      {load.status === 'loading' && nothingYet && <Loader role="status" aria-label={t('list.loading')} />}
      {load.status === 'ready' && nothingYet && <EmptyState {...props.empty} icon={<props.empty.icon size={28} />} />}
      {!nothingYet && (
        <>
          {props.count != null && (
            <Text size="sm" c="dimmed" aria-live="polite">
              {props.count}
            </Text>
          )}
          {items.length === 0 ? (
            props.noMatch != null && <Text>{props.noMatch}</Text>
          ) : (
            <Paper withBorder>
              {props.table ? (
                // `table` is for records, which all have an id.
                <RecordTable {...props.table} rows={pageItems as ReadonlyArray<T & Readonly<{ id: string }>>} />
              ) : (
                props.renderTable(pageItems)
              )}
            </Paper>
          )}
          {pages > 1 && (
            <Group justify="center">
              <Pagination total={pages} value={page} onChange={setPage} aria-label={t('list.pagination')} />
            </Group>
          )}
        </>
      )}
      {props.children}
    </Stack>
  );
}
