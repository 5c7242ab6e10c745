import { AppError } from '../../../shared/ipc/result';
import { partLabel } from './docxPackage';

/*
 * docxtemplater reports a broken template in English with its own ids; she reads what is
 * wrong and where, in Indonesian, one line per problem.
 */

type TemplateErrorProperties = {
  id?: string;
  xtag?: string;
  file?: string;
  explanation?: string;
  errors?: ReadonlyArray<{ properties?: TemplateErrorProperties }>;
  pair?: { left?: string; right?: string };
};

const tag = (value: string | undefined) => `[[${(value ?? '').trim()}]]`;

function oneMessage(props: TemplateErrorProperties): string {
  const where = props.file ? ` (${partLabel(props.file) ?? props.file})` : '';
  const name = (props.xtag ?? '').trim();
  switch (props.id) {
    case 'unclosed_loop':
      return `Bagian [[#${name}]] tidak ditutup: tambahkan [[/${name}]] sesudahnya${where}.`;
    case 'unopened_loop':
      return `[[/${name}]] menutup bagian yang tidak pernah dibuka: tambahkan [[#${name}]] sebelumnya${where}.`;
    case 'closing_tag_does_not_match_opening_tag':
      return `Pasangan bagian tidak cocok${where}: dibuka ${tag(props.pair?.left ?? name)}, ditutup ${tag(props.pair?.right)}.`;
    case 'unbalanced_loop_tags':
      return `Urutan pembuka dan penutup bagian tidak seimbang${where}: periksa pasangan [[#...]] dan [[/...]].`;
    case 'unclosed_tag':
      return `Placeholder "[[${name.slice(0, 30)}" tidak ditutup dengan "]]"${where}.`;
    case 'unopened_tag':
      return `"${name.slice(0, 30)}]]" tidak dibuka dengan "[["${where}.`;
    case 'duplicate_open_tag':
    case 'duplicate_close_tag':
      return `Placeholder "${name.slice(0, 30)}" memakai tanda kurung ganda dua kali${where}.`;
    case 'raw_xml_tag_should_be_only_text_in_paragraph':
      return `${tag(`@${name}`)} harus berdiri sendiri di paragrafnya${where}: pindahkan teks lain ke paragraf lain.`;
    case 'loop_position_invalid':
      return `Bagian ${tag(`#${name}`)} dibuka dan ditutup di tempat yang tidak bisa diulang (mis. di sel tabel yang berbeda baris)${where}.`;
    case 'file_has_invalid_xml':
    case 'malformed_xml':
      return `Isi templat rusak${where}: buka di Word lalu simpan ulang sebagai .docx.`;
    default:
      return `Templat tidak dapat dipakai${where}: ${props.explanation ?? 'kesalahan tidak dikenal'}.`;
  }
}

/** The problems of a template docxtemplater refused, each in one Indonesian line. */
export function templateProblems(error: unknown): string[] {
  const props = (error as { properties?: TemplateErrorProperties } | null)?.properties;
  if (!props) return ['Templat tidak dapat dibaca. Buka di Word lalu simpan ulang sebagai .docx.'];
  const list = props.errors && props.errors.length > 0 ? props.errors.map((e) => e.properties ?? {}) : [props];
  return [...new Set(list.map(oneMessage))];
}

export function templateErrorMessage(error: unknown): AppError {
  if (error instanceof AppError) return error;
  return new AppError('INVALID_INPUT', templateProblems(error).join(' '));
}
