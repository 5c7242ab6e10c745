import type PizZip from 'pizzip';
import { partLabel } from './docxPackage';

/*
 * The logo by an image's alt text (as peers' template managers do): she puts any picture
 * where the logo goes and writes [[instansi.logo]] in its alt text; the filled file shows the
 * instansi's logo there, at the size and position she gave the picture.
 */
export type LogoImage = Readonly<{ bytes: Uint8Array; extension: 'png' | 'jpeg' }>;

const LOGO_TAG = /\[\[\s*instansi\.logo\s*\]\]/;
const CONTENT_TYPES = { png: 'image/png', jpeg: 'image/jpeg' } as const;

/** The logo of a data URL ("data:image/png;base64,..."), or null. */
export function logoFromDataUrl(dataUrl: string | null): LogoImage | null {
  const match = dataUrl === null ? null : /^data:image\/(png|jpe?g);base64,(.+)$/.exec(dataUrl);
  if (!match) return null;
  return { bytes: Buffer.from(match[2] as string, 'base64'), extension: match[1] === 'png' ? 'png' : 'jpeg' };
}

function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
}

/** Every picture tagged [[instansi.logo]] in body, headers and footers now shows the logo. */
export function replaceLogo(zip: PizZip, logo: LogoImage): number {
  let replaced = 0;
  const mediaName = `media/risalah-logo.${logo.extension}`;
  for (const part of Object.keys(zip.files)) {
    if (partLabel(part) === null) continue;
    let xml = zip.file(part)?.asText() ?? '';
    if (!LOGO_TAG.test(xml)) continue;
    const relsPath = relsPathOf(part);
    let rels = zip.file(relsPath)?.asText();
    if (rels === undefined) continue;
    xml = xml.replace(/<w:drawing>[\s\S]*?<\/w:drawing>/g, (drawing) => {
      const docPr = /<wp:docPr\b[^>]*>/.exec(drawing)?.[0] ?? '';
      const embed = /r:embed="([^"]+)"/.exec(drawing)?.[1];
      if (!LOGO_TAG.test(docPr) || embed === undefined || rels === undefined) return drawing;
      const relPattern = new RegExp(`(<Relationship\\b[^>]*Id="${embed}"[^>]*Target=")([^"]+)(")`);
      const reversed = new RegExp(`(<Relationship\\b[^>]*Target=")([^"]+)("[^>]*Id="${embed}")`);
      const pattern = relPattern.test(rels) ? relPattern : reversed;
      if (!pattern.test(rels)) return drawing;
      rels = rels.replace(pattern, `$1${mediaName}$3`);
      replaced += 1;
      return drawing.replace(docPr, docPr.replace(LOGO_TAG, 'Logo instansi'));
    });
    zip.file(part, xml);
    zip.file(relsPath, rels);
  }
  if (replaced > 0) {
    zip.file(`word/${mediaName}`, logo.bytes);
    const types = zip.file('[Content_Types].xml')?.asText() ?? '';
    const extension = logo.extension === 'jpeg' ? 'jpeg' : 'png';
    if (!new RegExp(`Extension="${extension}"`, 'i').test(types))
      zip.file(
        '[Content_Types].xml',
        types.replace(
          '<Override',
          `<Default Extension="${extension}" ContentType="${CONTENT_TYPES[logo.extension]}"/><Override`,
        ),
      );
  }
  return replaced;
}
