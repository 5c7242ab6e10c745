import type { TFunction } from 'i18next';
import type { MinuteSection } from '../../../../shared/domain/minutes';

/** "Kata Pembukaan", "Pembahasan: Laporan tindak lanjut", "Keputusan/Kesimpulan", "Penutup". */
export function sectionTitle(section: MinuteSection, t: TFunction<'live'>): string {
  if (section.kind !== 'DISCUSSION') return t(`sections.${section.kind}`);
  return section.agendaTitle !== null
    ? t('sections.discussionOf', { title: section.agendaTitle })
    : t('sections.removedItem');
}
