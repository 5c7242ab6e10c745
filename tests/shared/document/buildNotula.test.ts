import { describe, expect, it } from 'vitest';
import { buildNotula } from '../../../shared/document/buildNotula';
import { paragraphOf } from '../../../shared/document/richText';
import { sampleSource, signer, withNotulaOptions } from '../../fixtures/document/sampleSource';
import { PERMENDAGRI_LABELS } from '../../fixtures/document/printedRows';
import { identityLabels, identityValue, printedText, sectionsOf, signaturesOf, textOf } from './modelText';

describe('document/buildNotula', () => {
  it('lays the parts out in order: kop, title, identity, sections, signatures', () => {
    const doc = buildNotula(sampleSource());
    expect(doc.blocks.map((block) => block.kind)).toEqual([
      'letterhead',
      'title',
      'identity',
      'section',
      'section',
      'section',
      'section',
      'section',
      'spacer',
      'signatures',
    ]);
    const [kop, title] = doc.blocks;
    expect(kop?.kind === 'letterhead' && kop.lines.map(textOf)).toEqual([
      'PEMERINTAH KABUPATEN CONTOH',
      'SEKRETARIAT DAERAH',
      'Jalan Merdeka Nomor 1, Contoh 12345, Telepon (0123) 456789',
      'Pos-el setda@contohkab.go.id  Laman www.contohkab.go.id',
    ]);
    expect(title?.kind === 'title' && title.lines.map(textOf)).toEqual([
      'NOTULA',
      'RAPAT KOORDINASI PERCEPATAN PENURUNAN STUNTING',
    ]);
  });

  it('prints the Sifat under Sidang/Rapat unless it is Biasa or unknown (an older snapshot)', () => {
    const base = sampleSource();
    const secret = buildNotula({ ...base, meeting: { ...base.meeting, sifat: 'RAHASIA' } });
    expect(identityLabels(secret).slice(0, 3)).toEqual(['Sidang/Rapat', 'Sifat', 'Hari/Tanggal']);
    expect(identityValue(secret, 'Sifat')).toBe('Rahasia');
    expect(identityLabels(buildNotula({ ...base, meeting: { ...base.meeting, sifat: 'BIASA' } }))).not.toContain(
      'Sifat',
    );
    const { sifat: _none, ...older } = base.meeting;
    expect(identityLabels(buildNotula({ ...base, meeting: older }))).not.toContain('Sifat');
  });

  it('uses the rows of Model Permendagri 1/2023 by default', () => {
    const doc = buildNotula(sampleSource());
    expect(identityLabels(doc)).toEqual(PERMENDAGRI_LABELS);
    expect(identityValue(doc, 'Hari/Tanggal')).toBe('Jumat, 27 November 2026');
    expect(identityValue(doc, 'Surat Undangan')).toBe('Nomor 000.1.5/412/Setda tanggal 20 November 2026');
    expect(identityValue(doc, 'Waktu Sidang/Rapat')).toBe('pukul 09.00 s.d. 11.45 WIB');
    expect(identityValue(doc, 'Acara')).toBe(
      '1. Pembukaan dan arahan Wakil Bupati;|2. Paparan capaian intervensi oleh Kepala Dinas Kesehatan;|3. Diskusi dan penyusunan rencana tindak lanjut.',
    );
    expect(identityValue(doc, 'Ketua')).toBe('Wakil Bupati Contoh (Nama Wakil Bupati Contoh, S.E.)');
    expect(identityValue(doc, 'Peserta sidang/rapat')).toBe(
      'Sebagaimana daftar hadir terlampir|(24 orang: hadir 20, diwakili 3, izin 1)',
    );
    expect(identityValue(doc, 'Kegiatan Sidang/Rapat')).toBe('');
  });

  it('uses the rows of Model lama when the instansi chooses it', () => {
    const doc = buildNotula(withNotulaOptions(sampleSource(), { layout: 'LAMA' }));
    expect(identityLabels(doc)).toEqual(
      PERMENDAGRI_LABELS.map((label) =>
        label === 'Surat Undangan'
          ? 'Waktu Panggilan'
          : label === 'Peserta sidang/rapat'
            ? 'Peserta Sidang/Rapat'
            : label,
      ),
    );
    expect(identityValue(doc, 'Waktu Panggilan')).toBe('pukul 08.30 WIB');
    expect(signaturesOf(doc).columns[1]?.headLines).toEqual(['Ketua,', 'WAKIL BUPATI CONTOH,']);
  });

  it('drops the switchable rows', () => {
    const doc = buildNotula(withNotulaOptions(sampleSource(), { showPlace: false, showCallTimeOrInvitation: false }));
    expect(identityLabels(doc)).not.toContain('Tempat');
    expect(identityLabels(doc)).not.toContain('Surat Undangan');
    expect(identityLabels(doc)).toHaveLength(PERMENDAGRI_LABELS.length - 2);
  });

  it('numbers the Kegiatan sections and writes the closing time when the notulis left it empty', () => {
    const sections = sectionsOf(buildNotula(sampleSource()));
    expect(sections.map((section) => `${section.label} ${section.title}`)).toEqual([
      '1. Kata Pembukaan',
      '2. Pembahasan',
      '3. Keputusan',
      '4. Tindak Lanjut',
      '5. Penutup',
    ]);
    expect(sections[4]?.body.map(textOf)).toEqual(['Rapat ditutup pukul 11.45 WIB.']);
    const discussion = sections[1]?.body ?? [];
    expect(discussion.filter((p) => p.label === 'a.' || p.label === 'b.').map(textOf)).toEqual([
      'Paparan capaian intervensi',
      'Diskusi dan penyusunan rencana tindak lanjut',
    ]);
    expect(discussion.map(textOf)).toContain(
      'Kepala Dinas Kesehatan (H. Doni Purnomo, S.Kom.): Cakupan pemberian tablet tambah darah remaja putri baru 62 persen; posyandu aktif 91 persen.',
    );
    expect(sections[2]?.body.map((p) => `${p.label} ${textOf(p)}`)).toEqual([
      'a. Data sasaran dipadankan dengan data kependudukan paling lambat 15 Desember 2026.',
      'b. Rakor berikutnya dilaksanakan pada bulan Januari 2027.',
    ]);
  });

  it('calls the third section Kesimpulan when nothing was decided, and skips Tindak Lanjut without commitments', () => {
    const source = sampleSource({
      decisions: [],
      commitments: [],
      minutes: { ...sampleSource().minutes, conclusions: [paragraphOf('Capaian membaik.')] },
    });
    expect(sectionsOf(buildNotula(source)).map((section) => section.title)).toEqual([
      'Kata Pembukaan',
      'Pembahasan',
      'Kesimpulan',
      'Penutup',
    ]);
  });

  it('writes an open end as "s.d. selesai" and invents no closing time', () => {
    const base = sampleSource();
    const doc = buildNotula(sampleSource({ meeting: { ...base.meeting, endTime: null } }));
    expect(identityValue(doc, 'Waktu Sidang/Rapat')).toBe('pukul 09.00 WIB s.d. selesai');
    expect(sectionsOf(doc).at(-1)?.body.map(textOf)).toEqual(['-']);
  });

  it('prints WITA and WIT from the instansi zone or the meeting zone', () => {
    const base = sampleSource();
    const wita = buildNotula({ ...base, instansi: { ...base.instansi, timeZone: 'Asia/Makassar' } });
    expect(identityValue(wita, 'Waktu Sidang/Rapat')).toBe('pukul 09.00 s.d. 11.45 WITA');
    const wit = buildNotula({ ...base, meeting: { ...base.meeting, timeZone: 'Asia/Jayapura' } });
    expect(identityValue(wit, 'Waktu Sidang/Rapat')).toBe('pukul 09.00 s.d. 11.45 WIT');
    expect(sectionsOf(wit).at(-1)?.body.map(textOf)).toEqual(['Rapat ditutup pukul 11.45 WIT.']);
  });

  it('signs a Wakil Bupati chair with gelar and without NIP or pangkat, the notulis with both', () => {
    const { columns, mode } = signaturesOf(buildNotula(sampleSource()));
    const [notulis, chair] = columns;
    expect(mode).toBe('WET');
    expect(chair).toMatchObject({
      headLines: ['Pimpinan Sidang/Rapat', 'WAKIL BUPATI CONTOH,'],
      name: 'Nama Wakil Bupati Contoh, S.E.',
      detailLines: [],
    });
    expect(notulis).toMatchObject({
      headLines: ['Pencatat,', ''],
      name: 'H. Irwan Setiawan, M.Si.',
      detailLines: ['Penata Muda Tingkat I (III/b)', 'NIP. 19910818 201703 1 008'],
    });
  });

  it('signs a Sekda chair with gelar and without NIP or pangkat', () => {
    const chair = signaturesOf(buildNotula(sampleSource({ chair: signer('Sekretaris Daerah', 'SEKDA') }))).columns[1];
    expect(chair).toMatchObject({
      name: 'Sri Wijaya, M.Si.',
      detailLines: [],
      headLines: ['Pimpinan Sidang/Rapat', 'SEKRETARIS DAERAH,'],
    });
  });

  it('signs a Plt. Bupati without gelar, NIP or pangkat', () => {
    const pltBupati = {
      ...signer('Asisten Perekonomian dan Pembangunan', 'KEPALA_DAERAH', 'Plt.'),
      position: 'Bupati Contoh',
    };
    const chair = signaturesOf(buildNotula(sampleSource({ chair: pltBupati }))).columns[1];
    expect(chair).toMatchObject({
      name: 'H. Taufik Setiawan',
      detailLines: [],
      headLines: ['Pimpinan Sidang/Rapat', 'Plt. BUPATI CONTOH,'],
    });
  });

  it('follows the signature switches: notulis column, sides, place-and-date line', () => {
    const alone = signaturesOf(buildNotula(withNotulaOptions(sampleSource(), { showNotulisSignature: false })));
    expect(alone.columns[0]).toBeNull();
    expect(alone.columns[1]?.name).toBe('Nama Wakil Bupati Contoh, S.E.');

    const source = sampleSource();
    const chairLeft = signaturesOf(
      buildNotula({ ...source, instansi: { ...source.instansi, signatureLayout: 'PIMPINAN_KIRI' } }),
    );
    expect(chairLeft.columns[0]?.name).toBe('Nama Wakil Bupati Contoh, S.E.');

    const dated = signaturesOf(buildNotula(withNotulaOptions(sampleSource(), { showPlaceDateLine: true })));
    expect(dated.columns[1]?.headLines[0]).toBe('Contoh, 27 November 2026');
    expect(dated.columns[0]?.headLines[0]).toBe('');
  });

  it('in "siap TTE" mode leaves a larger blank space and writes nothing that imitates a TTE', () => {
    const doc = buildNotula(withNotulaOptions(sampleSource(), { readyForTte: true }));
    const signatures = signaturesOf(doc);
    expect(signatures.mode).toBe('TTE');
    const wet = signaturesOf(buildNotula(sampleSource()));
    expect(signatures.columns[1]?.signatureSpace).toBeGreaterThan(wet.columns[1]?.signatureSpace ?? Infinity);
    const printed = printedText(doc).join('\n');
    expect(printed).toContain('Nama Wakil Bupati Contoh, S.E.');
    expect(printed).not.toMatch(/elektronik|\bQR\b|\bTTE\b|BSrE|_{3,}/i);
  });

  it('lists those present when participants are RINCI, representatives included', () => {
    const doc = buildNotula(sampleSource({ options: { ...sampleSource().options, participants: 'RINCI' } }));
    const value = identityValue(doc, 'Peserta sidang/rapat')?.split('|') ?? [];
    expect(value).toHaveLength(24);
    expect(value[0]).toBe('1. Inspektur (Hasan Wijaya, S.Kom.);');
    expect(value[20]).toMatch(
      /^21\. Sekretaris Diskominfo \(Hj\. Desi Purnomo, S\.Kom\.\), mewakili Kepala Dinas Diskominfo;$/,
    );
    expect(value[23]).toBe('(24 orang: hadir 20, diwakili 3, izin 1)');
  });

  it('refers to the daftar hadir without a count when nobody is recorded', () => {
    const doc = buildNotula(sampleSource({ attendance: [] }));
    expect(identityValue(doc, 'Peserta sidang/rapat')).toBe('Sebagaimana daftar hadir terlampir');
  });

  it('reports data the notulis must fix', () => {
    const source = sampleSource();
    const unmarked = source.attendance.map((entry, index) =>
      index < 2 ? { ...entry, status: 'DIUNDANG' as const } : entry,
    );
    const doc = buildNotula({
      ...source,
      attendance: unmarked,
      chair: null,
      notulis: { ...signer('Analis Pemerintahan Bagian Pemerintahan'), nip: null },
    });
    expect(doc.warnings).toEqual([
      '2 peserta belum ditandai kehadirannya.',
      'Pimpinan Sidang/Rapat (Ketua) belum dipilih.',
      'NIP Pencatat belum diisi.',
    ]);
    expect(identityValue(doc, 'Peserta sidang/rapat')).toBe(
      'Sebagaimana daftar hadir terlampir|(22 orang: hadir 18, diwakili 3, izin 1)',
    );
  });

  it('ends the title with the meeting title (a notula carries no number) and sizes the page from the profile', () => {
    const base = sampleSource();
    const doc = buildNotula({ ...base, instansi: { ...base.instansi, paper: 'A4' } });
    const title = doc.blocks[1];
    expect(title?.kind === 'title' && title.lines.map(textOf).at(-1)).toBe(base.meeting.title.toUpperCase());
    expect(doc.page).toMatchObject({ paper: 'A4', orientation: 'portrait', width: 11906, height: 16838 });
    expect(doc.page.margins).toMatchObject({ top: 1134, right: 1134, bottom: 1417, left: 1701 });
    expect(buildNotula(sampleSource()).page).toMatchObject({ width: 12189, height: 18709 });
  });
});
