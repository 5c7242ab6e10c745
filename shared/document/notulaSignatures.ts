import type { MeetingFacts } from './meetingFacts';
import type { SignatureBlock, SignatureColumn } from './model';
import { alignColumns, signatureColumn, signatureJabatanLine } from './signer';
import type { NotulaSource } from './source';

/** Signature columns split the text width evenly. */
export function signatureWidths(textWidth: number): readonly [number, number] {
  const half = Math.floor(textWidth / 2);
  return [half, textWidth - half];
}

/**
 * The kaki of the notula. Model Permendagri 1/2023: the Pimpinan Sidang/Rapat signs; Model
 * lama: Ketua and Pencatat. The notulis's column and the place-and-date line are instansi
 * switches. The chair takes the side signatureLayout gives; a lone chair signs on the right.
 */
export function notulaSignatures(
  source: NotulaSource,
  facts: MeetingFacts,
  textWidth: number,
  warn: (message: string) => void,
): SignatureBlock {
  const options = source.instansi.notula;
  const mode = options.readyForTte ? 'TTE' : 'WET';
  const chairCaption = options.layout === 'LAMA' ? 'Ketua,' : 'Pimpinan Sidang/Rapat';
  const chair: SignatureColumn | null =
    source.chair === null
      ? null
      : signatureColumn(source.chair, [chairCaption, signatureJabatanLine(source.chair)], mode, 'Ketua', warn);
  if (source.chair === null) warn('Pimpinan Sidang/Rapat (Ketua) belum dipilih.');
  let notulis: SignatureColumn | null = null;
  if (options.showNotulisSignature) {
    if (source.notulis === null) warn('Pencatat (notulis) belum dipilih.');
    else notulis = signatureColumn(source.notulis, ['Pencatat,'], mode, 'Pencatat', warn);
  }
  const chairOnLeft = source.instansi.signatureLayout === 'PIMPINAN_KIRI' && notulis !== null;
  let [left, right] = chairOnLeft ? [chair, notulis] : [notulis, chair];
  if (options.showPlaceDateLine) {
    const city = source.instansi.city.trim();
    if (city === '') warn('Kota untuk baris tempat dan tanggal belum diisi di profil instansi.');
    const placeDate = city === '' ? facts.date : `${city}, ${facts.date}`;
    // The place-and-date line heads the right column; the left drops a line to stay level.
    if (right !== null) right = { ...right, headLines: [placeDate, ...right.headLines] };
    if (left !== null) left = { ...left, headLines: ['', ...left.headLines] };
  }
  return { kind: 'signatures', mode, columnWidths: signatureWidths(textWidth), columns: alignColumns(left, right) };
}
