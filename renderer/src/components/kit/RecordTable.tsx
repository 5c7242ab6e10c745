import { DataTable, type Column } from './DataTable';

type Props<T extends Readonly<{ id: string }>> = Readonly<{
  /** The table's name for a screen reader ("Daftar OPD"). */
  label: string;
  rows: ReadonlyArray<T>;
  columns: ReadonlyArray<Column<T>>;
  /** Roomier rows for lists whose cells run to two lines or more. */
  spacing?: 'xs' | 'sm';
}>;

/**
 * The table of a list of saved records (OPD, pejabat, rapat, templat): one row a record, keyed by
 * its id, striped and lit under the pointer so the eye keeps its row across a wide table.
 */
export function RecordTable<T extends Readonly<{ id: string }>>({ label, rows, columns, spacing = 'xs' }: Props<T>) {
  return (
    <DataTable
      striped
      highlightOnHover
      verticalSpacing={spacing}
      aria-label={label}
      rows={rows}
      rowKey={(row) => row.id}
      columns={columns}
    />
  );
}
