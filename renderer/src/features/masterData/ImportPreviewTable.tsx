import { Badge, Group, List, Pagination, ScrollArea, Switch, Table, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportRowReport } from '../../../../shared/ipc/importContract';
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
        <Table verticalSpacing={4} striped stickyHeader aria-label={t('import.tableLabel')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={multiSheet ? 140 : 70}>{t('import.columns.line')}</Table.Th>
              <Table.Th w={90}>{t('import.columns.kind')}</Table.Th>
              <Table.Th>{t('import.columns.label')}</Table.Th>
              <Table.Th w={150}>{t('import.columns.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {pageItems.map((row) => (
              <Table.Tr key={`${row.sheet}:${row.line}`}>
                <Table.Td>{multiSheet ? `${row.sheet}: ${row.line}` : row.line}</Table.Td>
                <Table.Td>{t(`import.kind.${row.kind}`)}</Table.Td>
                <Table.Td>
                  <Text size="sm">{row.label}</Text>
                  {row.reasons.length > 0 && (
                    <List size="xs" c="red.8" spacing={0}>
                      {row.reasons.map((reason) => (
                        <List.Item key={reason}>{reason}</List.Item>
                      ))}
                    </List>
                  )}
                </Table.Td>
                <Table.Td>
                  <Badge
                    color={row.status === 'ok' ? 'green' : 'red'}
                    variant={row.status === 'ok' ? 'light' : 'filled'}
                  >
                    {row.status === 'ok' ? t('import.statusOk') : t('import.statusError')}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
      {pages > 1 && (
        <Group justify="center">
          <Pagination total={pages} value={page} onChange={setPage} size="sm" aria-label={t('pagination')} />
        </Group>
      )}
    </>
  );
}
