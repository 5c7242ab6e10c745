import type { Icon } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Column } from '../../components/kit/DataTable';
import { EntityListPanel } from '../../components/kit/EntityListPanel';
import { ImportModal } from './ImportModal';
import { masterRowActions } from './masterRowActions';
import { MasterToolbar } from './MasterToolbar';
import type { MasterList } from './useMasterList';
import { useRowActions, type MasterRecords } from './useRowActions';

type PanelProps<T> = Parameters<typeof EntityListPanel<T>>[0];

type Props<S extends keyof MasterRecords> = Omit<
  PanelProps<MasterRecords[S]>,
  'toolbar' | 'loadErrorTitle' | 'empty' | 'children' | 'renderTable' | 'table'
> &
  Readonly<{
    /** Whose list it is: its words are the messages under this key (search, add, table, empty, load error). */
    section: S;
    list: MasterList<MasterRecords[S]>;
    /** The record's own columns; the row menu (Ubah, Nonaktifkan, Hapus) is added after them. */
    columns: ReadonlyArray<Column<MasterRecords[S]>>;
    emptyIcon: Icon;
    /** Filters of this list between the search box and Tampilkan nonaktif. */
    filters?: ReactNode;
    /** The record's form (Tambah, Ubah). */
    form: ReactNode;
  }>;

/**
 * The OPD and Pejabat tabs: search, Tampilkan nonaktif, Impor and Tambah above the list, the table with
 * the same row menu on every record, and the one import (it reads both OPD and pejabat from a file).
 */
export function MasterListPanel<S extends keyof MasterRecords>(props: Props<S>) {
  const { section, list, columns, emptyIcon, filters, form, ...panel } = props;
  const { t } = useTranslation('masterData');
  // Every record of both tabs gets the same menu: Ubah opens this panel's form, the rest answer in a toast.
  const rowMenu = masterRowActions(t('columns.actions'), { onEdit: list.setEditing, ...useRowActions(section) });
  return (
    <EntityListPanel
      {...panel}
      table={{ label: t(`${section}.tableLabel`), columns: [...columns, rowMenu] }}
      toolbar={
        <MasterToolbar
          {...list.toolbar}
          searchLabel={t(`${section}.search`)}
          searchPlaceholder={t(`${section}.searchPlaceholder`)}
          addLabel={t(`${section}.add`)}
        >
          {filters}
        </MasterToolbar>
      }
      loadErrorTitle={t(`${section}.loadError`)}
      empty={{ icon: emptyIcon, title: t(`${section}.emptyTitle`), body: t(`${section}.emptyBody`) }}
    >
      {form}
      <ImportModal opened={list.importing} onClose={list.closeImport} />
    </EntityListPanel>
  );
}
