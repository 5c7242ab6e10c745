import { letterheadBlock, identityBlock, titleBlock } from './letterhead';
import { meetingFacts } from './meetingFacts';
import type { Block, OfficialDocument, SectionBlock } from './model';
import { notulaIdentityRows } from './notulaIdentity';
import { notulaSections } from './notulaSections';
import { notulaSignatures } from './notulaSignatures';
import { numberedDocument } from './numberedDocument';
import type { NotulaSource } from './source';

/** The signatures never stand alone on the last page: the closing paragraph goes with them. */
function keepLastWithSignatures(sections: ReadonlyArray<SectionBlock>): SectionBlock[] {
  return sections.map((section, index) => {
    if (index < sections.length - 1) return section;
    const last = section.body.length - 1;
    return {
      ...section,
      body: section.body.map((paragraph, at) => (at === last ? { ...paragraph, keepNext: true } : paragraph)),
    };
  });
}

/** The Notula in the instansi's layout, paper and signature settings. */
export function buildNotula(source: NotulaSource): OfficialDocument {
  const { width, warn, finish } = numberedDocument(source.instansi, 'portrait');
  const facts = meetingFacts(source);
  const undetermined = source.attendance.filter((entry) => entry.status === 'DIUNDANG').length;
  if (undetermined > 0) warn(`${undetermined} peserta belum ditandai kehadirannya.`);

  const sections = notulaSections(source, facts, warn);
  const blocks: Block[] = [
    letterheadBlock(source.instansi),
    titleBlock(source.instansi.titleLabel, [source.meeting.title]),
    identityBlock(width, notulaIdentityRows(source, facts)),
    ...keepLastWithSignatures(sections),
    { kind: 'spacer', height: 360 },
    notulaSignatures(source, facts, width, warn),
  ];
  return finish('NOTULA', `${source.instansi.titleLabel} ${source.meeting.title.trim()}`, blocks);
}
