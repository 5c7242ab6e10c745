import type { PersonId } from '../../../shared/domain/ids';
import type { MinutesBundle, RichDoc, RichNode } from '../../../shared/domain/minutes';
import { identityInput } from '../../fixtures/meeting/identityInput';
import { api, contohOffices, seedOfficesThroughApi } from './shellApi';
import type { WebShell } from './webShell';

export type LiveMeeting = Readonly<{
  meetingId: string;
  date: string;
  units: Readonly<Record<'dinkes' | 'bapperida' | 'bpkad' | 'disdik', string>>;
  agendaIds: ReadonlyArray<string>;
}>;

/**
 * A rakor as the secretary would have prepared it, through the same API the
 * screens use: four OPD with their heads, the Wakil Bupati in the chair, an
 * agenda, and the OPD invited (one row per OPD with its head).
 */
export async function seedLiveMeeting(
  shell: WebShell,
  agendaTitles: ReadonlyArray<string>,
  options: Readonly<{ seriesId?: string }> = {},
): Promise<LiveMeeting> {
  const { unitIds, personIds } = await seedOfficesThroughApi(
    shell,
    contohOffices('SETDA', 'DINKES', 'BAPPERIDA', 'BPKAD', 'DISDIK'),
    [
      ['H. Ahmad Fauzi, S.E.', null, 'Wakil Bupati', 'SETDA', true],
      ['dr. Desi Purnomo, M.Kes.', '197403122003032012', 'Kepala Dinas Kesehatan', 'DINKES'],
      [
        'Budi Siregar, S.H., M.H.',
        '198310072011091010',
        'Kepala Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah',
        'BAPPERIDA',
      ],
      [
        'Hj. Siti Hidayat, S.E., M.M.',
        '196707161989052010',
        'Kepala Badan Pengelolaan Keuangan dan Aset Daerah',
        'BPKAD',
      ],
      ['Drs. Joko Santoso, M.Pd.', '196805121994031007', 'Kepala Dinas Pendidikan', 'DISDIK'],
    ],
  );
  const units = {
    dinkes: unitIds['DINKES'] as string,
    bapperida: unitIds['BAPPERIDA'] as string,
    bpkad: unitIds['BPKAD'] as string,
    disdik: unitIds['DISDIK'] as string,
  };
  const chairId = personIds[0] as PersonId;

  const date = '2026-11-27';
  const meeting = await api<{ id: string }>(shell, 'meetings:create', {
    title: 'Rapat Koordinasi Kepala OPD',
    date,
    place: 'Ruang Rapat Bupati',
    ...(options.seriesId ? { seriesId: options.seriesId } : {}),
  });
  await api(
    shell,
    'meetings:update-identity',
    identityInput(meeting.id, {
      title: 'Rapat Koordinasi Kepala OPD',
      date,
      chair: { personId: chairId, acting: '' },
    }),
  );
  let agendaIds: string[] = [];
  for (const title of agendaTitles) {
    const agenda = await api<Array<{ id: string }>>(shell, 'agenda:add', {
      meetingId: meeting.id,
      title,
      presenterText: '',
      presenterPersonId: null,
      plannedMinutes: 15,
    });
    agendaIds = agenda.map((item) => item.id);
  }
  await api(shell, 'attendance:invite', {
    meetingId: meeting.id,
    unitIds: Object.values(units),
    personIds: [],
  });
  return {
    meetingId: meeting.id,
    date,
    units,
    agendaIds,
  };
}

const WORDS = (
  'pemerintah daerah menindaklanjuti capaian program prioritas dengan data terbaru dari dinas terkait serta ' +
  'memastikan anggaran tahun berjalan terserap sesuai rencana kerja dan laporan disampaikan tepat waktu kepada pimpinan'
).split(' ');

/** About `words` words of plausible minutes: speaker paragraphs and bullet points. */
export function minutesText(words: number, seed: number): RichDoc {
  const blocks: RichNode[] = [];
  let written = 0;
  let i = seed;
  while (written < words) {
    const length = 30 + (i % 25);
    const text = Array.from({ length }, (_, k) => WORDS[(i + k * 7) % WORDS.length]).join(' ');
    written += length;
    blocks.push({
      type: 'paragraph',
      content: [
        { type: 'text', marks: [{ type: 'bold' }], text: `Kepala Dinas ${i % 2 === 0 ? 'Kesehatan' : 'Pendidikan'}:` },
        { type: 'text', text: ` ${text}.` },
      ],
    });
    i += 1;
  }
  return { type: 'doc', content: blocks };
}

/** Fills every Pembahasan with ~wordsPerItem words through the save channel. */
export async function fillDiscussions(
  shell: WebShell,
  meetingId: string,
  wordsPerItem: number,
): Promise<MinutesBundle> {
  const bundle = await api<MinutesBundle>(shell, 'minutes:get', { meetingId });
  let index = 0;
  for (const section of bundle.sections.filter((s) => s.kind === 'DISCUSSION')) {
    await api(shell, 'minutes:save-section', {
      id: section.id,
      baseRevision: section.revision,
      content: minutesText(wordsPerItem, index),
    });
    index += 1;
  }
  return api<MinutesBundle>(shell, 'minutes:get', { meetingId });
}
