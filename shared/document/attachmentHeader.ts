import { identityBlock, identityRow } from './letterhead';
import type { MeetingFacts } from './meetingFacts';
import type { IdentityBlock } from './model';
import { LABEL_WIDTH, para } from './paragraphs';
import type { NotulaSource } from './source';

/** Titles that already say what kind of meeting it is ("Rakor" = rapat koordinasi, "Musrenbang"…). */
const NAMES_ITS_KIND = /^(rapat|sidang|rakor|rakortek|rakorda|rakornis|rakerda|rakorbang|musrenbang)\b/i;

/** "HASIL RAPAT KOORDINASI …": the meeting's name with its kind once, never "RAPAT RAKOR …". */
export function meetingNameWithKind(source: NotulaSource): string {
  const title = source.meeting.title.trim();
  return NAMES_ITS_KIND.test(title) || new RegExp(`^${source.meeting.kind}\\b`, 'i').test(title)
    ? title
    : `${source.meeting.kind} ${title}`;
}

/** Hari/Tanggal, Waktu, Tempat (and Acara) heading the attachments (notula-format.md §3, §5). */
export function attachmentIdentity(
  source: NotulaSource,
  facts: MeetingFacts,
  textWidth: number,
  withAgenda: boolean,
  extra: ReadonlyArray<readonly [string, string]> = [],
): IdentityBlock {
  const rows = [
    identityRow('Hari/Tanggal', facts.longDate),
    identityRow('Waktu', facts.meetingTime ?? facts.callTime ?? '-'),
    identityRow('Tempat', source.meeting.place.trim()),
  ];
  const agenda = source.agenda.map((entry) => entry.title.trim()).filter((title) => title !== '');
  if (withAgenda && agenda.length > 0) {
    rows.push(
      identityRow(
        'Acara',
        agenda.length === 1
          ? [para(agenda[0] as string)]
          : agenda.map((title, index) =>
              para(title, { label: `${index + 1}.`, indentLeft: LABEL_WIDTH, hanging: LABEL_WIDTH }),
            ),
      ),
    );
  }
  rows.push(...extra.map(([label, value]) => identityRow(label, value)));
  // Attachments are denser than the notula: a narrower label column is enough.
  const block = identityBlock(textWidth, rows);
  const label = Math.min(block.columnWidths[0], 2835);
  return { ...block, columnWidths: [label, block.columnWidths[1], textWidth - label - block.columnWidths[1]] };
}
