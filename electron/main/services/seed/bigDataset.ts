import type { Db } from '../../db/connection';
import type { AgendaItemId, MeetingId, PersonId, SeriesId, UnitId } from '../../../../shared/domain/ids';
import type { OwnerStatus } from '../../../../shared/domain/commitment';
import { addDays } from '../../../../shared/domain/followUp';
import { EMPTY_SERIES_DEFAULTS } from '../../../../shared/domain/series';
import { createUnit } from '../../repositories/unitsRepository';
import { createPerson } from '../../repositories/peopleRepository';
import { createSeries } from '../../repositories/seriesRepository';
import { createPreparedMeeting } from '../meetingSetup';
import { addAgendaItem } from '../../repositories/agendaRepository';
import { inviteAttendees } from '../../repositories/attendanceRepository';
import { getMinutes, saveSection } from '../../repositories/minutesRepository';
import { createDecision } from '../../repositories/decisionsRepository';
import { insertSeedCommitments, type SeedCommitment } from '../../repositories/seedBulkRepository';
import {
  agendaTitle,
  FIRST_NAMES,
  LAST_NAMES,
  commitmentText,
  minutesDoc,
  OPD,
  pick,
  prng,
  programTag,
  sentence,
  SERIES,
  type Random,
} from './rakorText';

/*
 * A realistic archive of `years` years for growth and performance runs, written through the
 * app's own repositories and services (units, people, series, meetings via meetingSetup,
 * agenda, attendance, minutes, decisions); only commitments/owners/updates go through seedBulkRepository (see there why).
 * Scale 1 = 40 OPD, 600 officials, 3,000 meetings, ~200 MB of minutes, 150,000 commitments
 * with 1-3 owners, ~600,000 updates. Same seed, same content (row ids are UUIDs made by the
 * repositories, so they differ between runs).
 */
export type BigShape = Readonly<{ years: number; scale: number; seed: number; endDate?: string }>;
export type BigCounts = {
  units: number;
  people: number;
  series: number;
  meetings: number;
  agendaItems: number;
  invited: number;
  minutesBytes: number;
  decisions: number;
  commitments: number;
  commitmentRows: number;
};

const PER_MEETING_MINUTES_BYTES = 70_000;
const COMMITMENTS_PER_MEETING = 50;
const RANKS = ['III/a', 'III/b', 'III/c', 'III/d', 'IV/a', 'IV/b', 'IV/c', 'IV/d', 'IV/e'];
const TITLES = ['S.E.', 'S.H.', 'S.Sos.', 'M.Si.', 'M.M.', 'S.T.', 'S.Kom.', 'M.Kes.', 'S.Pd.'];

/** A structurally valid NIP (birth date, appointment month, gender, serial) for the n-th official. */
function nipFor(n: number): string {
  const year = 1965 + (n % 30);
  const month = String((n % 12) + 1).padStart(2, '0');
  const day = String((n % 28) + 1).padStart(2, '0');
  const appointed = `${year + 22}${String(((n >> 3) % 12) + 1).padStart(2, '0')}`;
  return `${year}${month}${day}${appointed}${(n % 2) + 1}${String((Math.floor(n / 840) % 999) + 1).padStart(3, '0')}`;
}

function shuffledTake<T>(random: Random, list: ReadonlyArray<T>, count: number): T[] {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy.slice(0, count);
}

type SeedUpdate = { reportedOn: string; status: OwnerStatus; text: string; percent: number | null };

/** Days from `from` to `to` (ISO dates). */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * One owner's progress. As in a real archive, what was agreed more than four months before
 * the end is mostly settled (86% Selesai, 6% Tidak dapat dilaksanakan, the rest still open and
 * late); recent commitments are still being worked on. About two updates per owner, which
 * makes ~600,000 updates over ~300,000 owners at scale 1.
 */
function ownerProgress(random: Random, date: string, endDate: string): { status: OwnerStatus; updates: SeedUpdate[] } {
  const settled = daysBetween(date, endDate) > 120;
  const roll = random();
  const fate: OwnerStatus = !settled ? 'PROSES' : roll < 0.86 ? 'SELESAI' : roll < 0.92 ? 'TIDAK_DAPAT' : 'PROSES';
  const count = settled ? 1 + Math.floor(random() * 3) : Math.floor(random() * 4);
  const updates: SeedUpdate[] = [];
  let percent = 0;
  for (let u = 0; u < count; u += 1) {
    const reportedOn = addDays(date, 7 + u * 14 + Math.floor(random() * 7));
    if (reportedOn > endDate) break;
    const last = u === count - 1;
    percent = last && fate === 'SELESAI' ? 100 : Math.min(90, percent + 10 + Math.floor(random() * 30));
    const status: OwnerStatus = last && settled ? fate : 'PROSES';
    updates.push({ reportedOn, status, text: sentence(random), percent: status === 'TIDAK_DAPAT' ? null : percent });
  }
  return { status: updates.at(-1)?.status ?? 'BELUM', updates };
}

function commitmentsFor(
  random: Random,
  date: string,
  endDate: string,
  units: ReadonlyArray<UnitId>,
  agenda: ReadonlyArray<AgendaItemId>,
  count: number,
): SeedCommitment[] {
  const list: SeedCommitment[] = [];
  for (let c = 0; c < count; c += 1) {
    const due = addDays(date, 14 + Math.floor(random() * 90));
    const owners = shuffledTake(random, units, 1 + Math.floor(random() * 3)).map((unitId) => ({
      unitId,
      ...ownerProgress(random, date, endDate),
    }));
    list.push({
      text: commitmentText(random),
      dueDate: random() < 0.93 ? due : null,
      programTag: programTag(random),
      agendaItemId: pick(random, agenda),
      owners,
    });
  }
  return list;
}

export function generateBigDataset(
  db: Db,
  shape: BigShape,
  progress: (line: string) => void = () => undefined,
): BigCounts {
  const random = prng(shape.seed);
  const endDate = shape.endDate ?? '2026-11-27';
  const startDate = addDays(endDate, -Math.round(shape.years * 365.25));
  const at = (iso: string) => Date.parse(`${iso}T02:00:00Z`);
  const ctxAt = (iso: string) => ({ now: at(iso), actor: 'seed:big' });
  const counts: BigCounts = {
    units: 0,
    people: 0,
    series: 0,
    meetings: 0,
    agendaItems: 0,
    invited: 0,
    minutesBytes: 0,
    decisions: 0,
    commitments: 0,
    commitmentRows: 0,
  };

  const units: UnitId[] = OPD.map(
    ([code, name, shortName, kind]) => createUnit(db, { code, name, shortName, kind }, ctxAt(startDate)).id,
  );
  counts.units = units.length;
  const peopleCount = Math.max(units.length, Math.round(600 * shape.scale));
  const people: PersonId[] = [];
  for (let n = 0; n < peopleCount; n += 1) {
    const head = n < units.length;
    const unitId = units[n % units.length] as UnitId;
    const name = `${pick(random, FIRST_NAMES)} ${pick(random, LAST_NAMES)}, ${pick(random, TITLES)}`;
    const position = head
      ? `Kepala ${OPD[n]?.[1] ?? 'OPD'}`
      : pick(random, ['Sekretaris', 'Kepala Bidang', 'Kepala Subbagian', 'Analis Kebijakan', 'Perencana Ahli Muda']);
    people.push(
      createPerson(
        db,
        {
          name,
          nip: nipFor(n + 1),
          rankCode: pick(random, RANKS),
          position,
          unitId,
          phone: '',
          email: '',
          isPolitical: false,
        },
        ctxAt(startDate),
      ).id,
    );
  }
  counts.people = people.length;
  const series: SeriesId[] = SERIES.map(
    (title, i) =>
      createSeries(db, { title, cadenceMonths: i === 0 ? 1 : 3, defaults: EMPTY_SERIES_DEFAULTS }, ctxAt(startDate)).id,
  );
  counts.series = series.length;

  const meetingCount = Math.max(1, Math.round(3000 * shape.scale * (shape.years / 10)));
  const span = Math.max(1, Math.round(shape.years * 365.25));
  const started = Date.now();
  for (let m = 0; m < meetingCount; m += 1) {
    const date = addDays(startDate, Math.floor((m * span) / meetingCount));
    const ctx = ctxAt(date);
    const seriesIndex = m % series.length;
    const meeting = createPreparedMeeting(
      db,
      {
        title: `${SERIES[seriesIndex]} ${date.slice(0, 4)} ke-${Math.floor(m / series.length) + 1}`,
        date,
        place: 'Ruang Rapat Bupati',
        seriesId: series[seriesIndex],
      },
      ctx,
    );
    const meetingId = meeting.id as MeetingId;
    let agenda: AgendaItemId[] = [];
    for (let a = 0, n = 4 + Math.floor(random() * 3); a < n; a += 1) {
      agenda = addAgendaItem(
        db,
        {
          meetingId,
          title: agendaTitle(random),
          presenterText: '',
          presenterPersonId: null,
          plannedMinutes: 20 + Math.floor(random() * 40),
        },
        ctx,
      ).map((item) => item.id);
    }
    counts.agendaItems += agenda.length;
    counts.invited += inviteAttendees(
      db,
      { meetingId, unitIds: shuffledTake(random, units, 12 + Math.floor(random() * 14)), personIds: [] },
      ctx,
    ).added;
    const bundle = getMinutes(db, meetingId);
    const perSection = Math.floor(PER_MEETING_MINUTES_BYTES / Math.max(1, bundle.sections.length));
    for (const section of bundle.sections) {
      const content = minutesDoc(random, section.kind === 'DISCUSSION' ? perSection * 1.5 : perSection / 3);
      saveSection(db, { id: section.id, baseRevision: section.revision, content }, ctx);
      counts.minutesBytes += JSON.stringify(content).length;
    }
    for (let d = 0, n = 3 + Math.floor(random() * 4); d < n; d += 1) {
      createDecision(db, { meetingId, text: sentence(random), agendaItemId: pick(random, agenda) }, ctx);
      counts.decisions += 1;
    }
    const commitmentCount = COMMITMENTS_PER_MEETING;
    counts.commitmentRows += insertSeedCommitments(
      db,
      meetingId,
      commitmentsFor(random, date, endDate, units, agenda, commitmentCount),
      ctx,
    );
    counts.commitments += commitmentCount;
    counts.meetings += 1;
    if ((m + 1) % 50 === 0 || m + 1 === meetingCount)
      progress(`${m + 1}/${meetingCount} rapat (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  }
  return counts;
}
