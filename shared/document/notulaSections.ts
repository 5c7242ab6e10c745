import type { MeetingFacts } from './meetingFacts';
import { OWNER_STATUS_LABELS } from '../domain/commitment';
import type { Paragraph, SectionBlock } from './model';
import { reconcileDecisions } from './notulaDecisions';
import { LABEL_WIDTH, flowParagraphs, outlineLabel, para } from './paragraphs';
import { isBlank, text, type RichBlock } from './richText';
import { personReference } from './signer';
import type { CommitmentEntry, NotulaSource } from './source';
import { endSentence } from '../domain/sentence';

const BODY = { align: 'justify', spaceAfter: 60 } as const;

function section(number: number, title: string, body: ReadonlyArray<Paragraph>): SectionBlock {
  return {
    kind: 'section',
    label: `${number}.`,
    title,
    indentLeft: LABEL_WIDTH,
    hanging: LABEL_WIDTH,
    body: body.length > 0 ? body : [para('-', { indentLeft: LABEL_WIDTH })],
  };
}

function flowOrDefault(blocks: ReadonlyArray<RichBlock>, fallback: string | null): Paragraph[] {
  if (!isBlank(blocks)) return flowParagraphs(blocks, { indentLeft: LABEL_WIDTH, listDepth: 1 });
  return fallback === null ? [] : [para(fallback, { ...BODY, indentLeft: LABEL_WIDTH })];
}

function discussionParagraphs(source: NotulaSource): Paragraph[] {
  const indent = LABEL_WIDTH * 2;
  return source.minutes.discussions.flatMap((discussion, index) => {
    const heading = para([text(discussion.agendaTitle.trim() || '-', { bold: true })], {
      label: outlineLabel(1, index + 1),
      labelBold: true,
      indentLeft: indent,
      hanging: LABEL_WIDTH,
      spaceBefore: index === 0 ? 0 : 120,
      spaceAfter: 60,
      keepNext: true,
    });
    const body = isBlank(discussion.blocks)
      ? [para('-', { indentLeft: indent })]
      : flowParagraphs(discussion.blocks, { indentLeft: indent, listDepth: 2 });
    return [heading, ...body];
  });
}

/** "Tindak lanjut hasil rapat sebelumnya": each item, then each OPD with its status as of this meeting. */
function carryOverParagraphs(entries: ReadonlyArray<CommitmentEntry>): Paragraph[] {
  return entries.flatMap((entry, index) => [
    para(entry.context === '' ? entry.text : `${entry.text} — ${entry.context}`, {
      ...BODY,
      label: outlineLabel(1, index + 1),
      indentLeft: LABEL_WIDTH * 2,
      hanging: LABEL_WIDTH,
    }),
    ...entry.owners.map((owner) => {
      const detail = [owner.progress.trim(), owner.remarks.trim()].filter((part) => part !== '').join('; ');
      return para(`${owner.unit}: ${OWNER_STATUS_LABELS[owner.status]}${detail === '' ? '' : ` (${detail})`}`, {
        ...BODY,
        label: '-',
        indentLeft: LABEL_WIDTH * 3,
        hanging: LABEL_WIDTH,
      });
    }),
  ]);
}

/**
 * Kegiatan Sidang/Rapat as numbered sections, the same in both layouts: Kata Pembukaan,
 * Pembahasan (one lettered item per agenda), Keputusan (or Kesimpulan when nothing was
 * decided), Tindak Lanjut when commitments exist, Penutup. Empty opening and closing get the
 * sentence the reference gives ("Rapat ditutup pukul 11.45 WIB.").
 */
export function notulaSections(
  source: NotulaSource,
  facts: MeetingFacts,
  warn: (message: string) => void = () => {},
): SectionBlock[] {
  const kind = source.meeting.kind;
  const chair = source.chair === null ? '' : ` oleh ${personReference(source.chair)}`;
  const opening = facts.opensAt === null ? null : endSentence(`${kind} dibuka ${facts.opensAt}${chair}`);
  const closing = facts.closesAt === null ? null : `${kind} ditutup ${facts.closesAt}.`;
  const hasDecisions = source.decisions.some((decision) => decision.trim() !== '');
  // The typed Keputusan section and the captured decisions print as one list (notulaDecisions.ts).
  const decisions = reconcileDecisions(source.minutes.conclusions, source.decisions);
  decisions.warnings.forEach(warn);
  const decidedTitle = hasDecisions || isBlank(source.minutes.conclusions) ? 'Keputusan' : 'Kesimpulan';

  const parts: Array<readonly [string, Paragraph[]]> = [
    ['Kata Pembukaan', flowOrDefault(source.minutes.opening, opening)],
    ...(source.carryOver !== undefined && source.carryOver.length > 0
      ? [['Tindak Lanjut Hasil Rapat Sebelumnya', carryOverParagraphs(source.carryOver)] as const]
      : []),
    ['Pembahasan', discussionParagraphs(source)],
    [decidedTitle, decisions.paragraphs],
  ];
  if (source.commitments.length > 0) {
    parts.push([
      'Tindak Lanjut',
      [
        para(
          'Rincian tindak lanjut, penanggung jawab dan batas waktunya sebagaimana Matriks Tindak Lanjut terlampir.',
          { ...BODY, indentLeft: LABEL_WIDTH },
        ),
      ],
    ]);
  }
  parts.push(['Penutup', flowOrDefault(source.minutes.closing, closing)]);
  return parts.map(([title, body], index) => section(index + 1, title, body));
}
