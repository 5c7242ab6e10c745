import type { PageSection } from '../../components/kit/SectionTabs';
import type { settings } from '../../i18n/messages/settings';
import { DocumentSettings } from './DocumentSettings';
import { GeneralSettings } from './GeneralSettings';
import { BackupSettings } from './BackupSettings';
import { InstansiSettings } from './InstansiSettings';
import { ReminderSettings } from '../followUp';
import { SyncSettings } from '../sync';

/**
 * The tabs of Pengaturan, in order. Each feature adds its own section here
 * (one line) with its label under `tabs` in the `settings` messages.
 */
export const SETTINGS_SECTIONS: ReadonlyArray<PageSection<keyof typeof settings.id.tabs>> = [
  { value: 'umum', tab: 'general', Component: GeneralSettings },
  { value: 'instansi', tab: 'instansi', Component: InstansiSettings },
  { value: 'dokumen', tab: 'document', Component: DocumentSettings },
  { value: 'cadangan', tab: 'backups', Component: BackupSettings },
  { value: 'pengingat', tab: 'reminders', Component: ReminderSettings },
  { value: 'server', tab: 'sync', Component: SyncSettings },
];
