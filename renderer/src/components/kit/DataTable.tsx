import { Table, VisuallyHidden, type TableProps } from '@mantine/core';
import type { ReactNode } from 'react';

export type HeaderCell = Readonly<{
  header: string;
  /** Said to a screen reader only (the column of row actions). */
  hideHeader?: boolean;
  w?: number | string;
  ta?: 'right';
}>;

export type Column<T> = HeaderCell & Readonly<{ cell: (row: T) => ReactNode }>;

/** The header row of a list table; tables with rows of their own (drag, inline edit) use it alone. */
export function TableHead({ columns }: Readonly<{ columns: ReadonlyArray<HeaderCell> }>) {
  return (
    <Table.Thead>
      <Table.Tr>
        {columns.map((column, index) => (
          <Table.Th key={index} w={column.w} ta={column.ta}>
            {column.hideHeader ? <VisuallyHidden>{column.header}</VisuallyHidden> : column.header}
          </Table.Th>
        ))}
      </Table.Tr>
    </Table.Thead>
  );
}

type Props<T> = Omit<TableProps, 'children'> &
  Readonly<{
    rows: ReadonlyArray<T>;
    rowKey: (row: T) => string;
    columns: ReadonlyArray<Column<T>>;
  }>;

/** A list table described by its columns: a header and a cell renderer each. */
export function DataTable<T>({ rows, rowKey, columns, ...table }: Props<T>) {
  return (
    <Table {...table}>
      <TableHead columns={columns} />
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={rowKey(row)}>
            {columns.map((column, index) => (
              <Table.Td key={index} ta={column.ta}>
                {column.cell(row)}
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
