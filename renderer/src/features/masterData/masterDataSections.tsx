import type { PageSection } from '../../components/kit/SectionTabs';
import type { masterData } from '../../i18n/messages/masterData';
import { PeoplePanel } from './PeoplePanel';
import { UnitGroupsPanel } from './UnitGroupsPanel';
import { UnitsPanel } from './UnitsPanel';
import { SeriesPanel, TemplatesPanel } from '../series';

/**
 * The tabs of Data Master, in order. Another feature (agenda templates, series)
 * adds its own tab here (one line) with its label under `tabs` in the
 * `masterData` messages.
 */
export const MASTER_DATA_SECTIONS: ReadonlyArray<PageSection<keyof typeof masterData.id.tabs>> = [
  { value: 'opd', tab: 'units', Component: UnitsPanel },
  { value: 'pejabat', tab: 'people', Component: PeoplePanel },
  { value: 'kelompok', tab: 'groups', Component: UnitGroupsPanel },
  { value: 'templat', tab: 'templates', Component: TemplatesPanel },
  { value: 'rapat-berkala', tab: 'series', Component: SeriesPanel },
];
