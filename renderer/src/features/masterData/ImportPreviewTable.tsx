import { Badge, Group, List, Pagination, ScrollArea, Switch, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportRowReport } from '../../../../shared/ipc/importContract';
import { DataTable } from '../../components/kit/DataTable';
import { usePagination } from '../../lib/usePagination';

type Props = Readonly<{ rows: ReadonlyArray<ImportRowReport>; multiSheet: boolean }>;

/** The per-row report: errors come first (main sorts them), each with its reasons in words. */
export function ImportPreviewTable({ rows, multiSheet }: Props) {
  const { t } = useTranslation('masterData');
  const hasErrors = rows.some((row) => row.status === 'error');
  const [onlyErrors, setOnlyErrors] = useState(hasErrors);
  const shown = useMemo(() => (onlyErrors ? rows.filter((row) => row.status === 'error') : rows), [rows, onlyErrors]);
  const { page, setPage, pages, pageItems } = usePagination(shown, 25);
  return (
    <>
      {hasErrors && (
        <Switch
          label={t('import.onlyErrors')}
          checked={onlyErrors}
          onChange={(event) => setOnlyErrors(event.currentTarget.checked)}
        />
      )}
      {/* The table scrolls inside the dialog so the Impor button stays on screen at 1366 x 768. */}
      <ScrollArea.Autosize mah={330} type="auto" offsetScrollbars>
        <DataTable
          verticalSpacing={4}
          striped
          stickyHeader
          aria-label={t('import.tableLabel')}
          rows={pageItems}
          rowKey={(row) => `${row.sheet}:${row.line}`}
          columns={[
            {
              header: t('import.columns.line'),
              w: multiSheet ? 140 : 70,
              cell: (row) => (multiSheet ? `${row.sheet}: ${row.line}` : row.line),
            },
            { header: t('import.columns.kind'), w: 90, cell: (row) => t(`import.kind.${row.kind}`) },
            {
              header: t('import.columns.label'),
              cell: (row) => (
                <>
                  <Text size="sm">{row.label}</Text>
                  {row.reasons.length > 0 && (
                    <List size="xs" c="red.8" spacing={0}>
                      {row.reasons.map((reason) => (
                        <List.Item key={reason}>{reason}</List.Item>
                      ))}
                    </List>
                  )}
                </>
              ),
            },
            {
              header: t('import.columns.status'),
              w: 150,
              cell: (row) => (
                <Badge color={row.status === 'ok' ? 'green' : 'red'} variant={row.status === 'ok' ? 'light' : 'filled'}>
                  {row.status === 'ok' ? t('import.statusOk') : t('import.statusError')}
                </Badge>
              ),
            },
          ]}
        />
      </ScrollArea.Autosize>
      {pages > 1 && (
        <Group justify="center">
          <Pagination total={pages} value={page} onChange={setPage} size="sm" aria-label={t('pagination')} />
        </Group>
      )}
    </>
  );
}
