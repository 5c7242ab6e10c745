import type { Column } from '../../components/kit/DataTable';
import { RowActionsMenu } from './RowActionsMenu';

type MasterRow = Readonly<{ name: string; active: boolean }>;

export type MasterRowHandlers<T> = Readonly<{
  onEdit: (row: T) => void;
  onToggleActive: (row: T) => void;
  onDelete: (row: T) => void;
}>;

/** The last column of every master-data table: Ubah, Nonaktifkan/Aktifkan, Hapus. */
export function masterRowActions<T extends MasterRow>(header: string, handlers: MasterRowHandlers<T>): Column<T> {
  return {
    header,
    hideHeader: true,
    w: 56,
    cell: (row) => (
      <RowActionsMenu
        name={row.name}
        active={row.active}
        onEdit={() => handlers.onEdit(row)}
        onToggleActive={() => handlers.onToggleActive(row)}
        onDelete={() => handlers.onDelete(row)}
      />
    ),
  };
}
