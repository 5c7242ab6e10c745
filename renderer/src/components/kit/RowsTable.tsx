import { Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { TableHead, type HeaderCell } from './DataTable';

type Props<T> = Readonly<{
  /** The id of the panel heading that names the table for a screen reader. */
  labelledBy: string;
  columns: ReadonlyArray<HeaderCell>;
  rows: ReadonlyArray<T>;
  /** The dimmed sentence said in the table's place while it has no rows. */
  empty: string;
  /** One row, drawn by the feature (drag handles, inline edit, a status picker): a Table.Tr with its key. */
  row: (row: T, index: number) => ReactNode;
  mb?: 'xs' | 'sm';
}>;

/**
 * The table of a preparation panel whose rows are drawn by the feature (Susunan acara, Daftar
 * hadir): its header, its rows, or a sentence while it is empty. Lists of plain cells use DataTable.
 */
export function RowsTable<T>({ labelledBy, columns, rows, empty, row, mb }: Props<T>) {
  if (rows.length === 0)
    return (
      <Text c="dimmed" size="sm" mb={mb}>
        {empty}
      </Text>
    );
  return (
    <Table verticalSpacing={6} aria-labelledby={labelledBy} mb={mb}>
      <TableHead columns={columns} />
      <Table.Tbody>{rows.map(row)}</Table.Tbody>
    </Table>
  );
}
