import { IconPencil, IconTrash } from '@tabler/icons-react';
import type { Column } from './DataTable';
import { RowMenu, type RowMenuItem } from './RowMenu';

/**
 * The last column of a list table: "…" with what can be done to that row. Its header is said
 * to a screen reader only; `menu` names the button for the row ("Tindakan untuk Dinkes").
 */
export function rowMenuColumn<T>(
  header: string,
  menu: (row: T) => Readonly<{ label: string; items: ReadonlyArray<RowMenuItem> }>,
): Column<T> {
  return { header, hideHeader: true, w: 56, cell: (row) => <RowMenu {...menu(row)} /> };
}

/** Ubah / Ganti nama: the row's first item, with a pencil. */
export const editItem = (label: string, onClick: () => void, disabled?: boolean): RowMenuItem => ({
  label,
  icon: <IconPencil size={16} aria-hidden />,
  onClick,
  disabled,
});

/** Hapus: the row's last item, in red. */
export const deleteItem = (label: string, onClick: () => void, disabled?: boolean): RowMenuItem => ({
  label,
  icon: <IconTrash size={16} aria-hidden />,
  onClick,
  danger: true,
  disabled,
});
