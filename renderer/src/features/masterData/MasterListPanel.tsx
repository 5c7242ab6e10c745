import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EntityListPanel } from '../../components/kit/EntityListPanel';
import { ImportModal } from './ImportModal';
import { MasterToolbar } from './MasterToolbar';
import type { MasterList } from './useMasterList';

type PanelProps<T> = Parameters<typeof EntityListPanel<T>>[0];

type Props<T> = Omit<PanelProps<T>, 'toolbar' | 'loadErrorTitle' | 'empty' | 'children'> &
  Readonly<{
    /** Whose list it is: its words are the messages under this key (search, add, empty, load error). */
    section: 'units' | 'people';
    list: MasterList<T>;
    emptyIcon: ReactNode;
    /** Filters of this list between the search box and Tampilkan nonaktif. */
    filters?: ReactNode;
    /** The record's form (Tambah, Ubah). */
    form: ReactNode;
  }>;

/**
 * The OPD and Pejabat tabs: search, Tampilkan nonaktif, Impor and Tambah above the list, and the
 * one import (it reads both OPD and pejabat from a file).
 */
export function MasterListPanel<T>({ section, list, emptyIcon, filters, form, ...panel }: Props<T>) {
  const { t } = useTranslation('masterData');
  return (
    <EntityListPanel
      {...panel}
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
