import type PizZip from 'pizzip';
import { abstractNumsXml } from './richTextXml';

/*
 * Lists in the minutes' rich text are real Word lists, so the filled file needs our two
 * list definitions and one instance per list in its numbering part (made when the
 * template has none, with its relationship and content type).
 */
const NUMBERING_PATH = 'word/numbering.xml';
const NUMBERING_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml';
const NUMBERING_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering';
const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export function addListNumbering(zip: PizZip, nums: ReadonlyArray<string>): void {
  if (nums.length === 0) return;
  const existing = zip.file(NUMBERING_PATH)?.asText();
  if (existing === undefined) {
    zip.file(
      NUMBERING_PATH,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering xmlns:w="${W_NS}">${abstractNumsXml()}${nums.join('')}</w:numbering>`,
    );
    const types = zip.file('[Content_Types].xml')?.asText() ?? '';
    if (!types.includes('/word/numbering.xml'))
      zip.file(
        '[Content_Types].xml',
        types.replace('</Types>', `<Override PartName="/word/numbering.xml" ContentType="${NUMBERING_TYPE}"/></Types>`),
      );
    const relsPath = 'word/_rels/document.xml.rels';
    const rels = zip.file(relsPath)?.asText() ?? '';
    if (!rels.includes(NUMBERING_REL))
      zip.file(
        relsPath,
        rels.replace(
          '</Relationships>',
          `<Relationship Id="rIdRisalahNumbering" Type="${NUMBERING_REL}" Target="numbering.xml"/></Relationships>`,
        ),
      );
    return;
  }
  // Schema order: numPicBullet*, abstractNum*, num*: ours go after the last picture bullet and before the first num.
  const openEnd = existing.indexOf('>', existing.indexOf('<w:numbering')) + 1;
  const lastPic = existing.lastIndexOf('</w:numPicBullet>');
  const at = lastPic < 0 ? openEnd : lastPic + '</w:numPicBullet>'.length;
  let xml = existing.slice(0, at) + abstractNumsXml() + existing.slice(at);
  xml = xml.replace('</w:numbering>', `${nums.join('')}</w:numbering>`);
  zip.file(NUMBERING_PATH, xml);
}
