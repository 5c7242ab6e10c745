import type { Db } from '../../../electron/main/db/connection';
import type {
  AgendaItemId,
  AttendanceId,
  CommitmentId,
  DecisionId,
  MeetingId,
  SectionId,
} from '../../../shared/domain/ids';
import type { OwnerId } from '../../../shared/domain/followUpViews';
import type { RichDoc } from '../../../shared/domain/minutes';
import type { UpdateMeetingIdentity } from '../../../shared/domain/meeting';
import { identityInput } from '../../fixtures/meeting/identityInput';
import { followUpContext, type FollowUpTestContext } from '../support/followUpContext';
import { seedMasterData, type Seeded } from '../support/preparationSeed';
import { openTempDb, scratchDir, type TempDb } from '../support/tempDb';

/*
 * A meeting with one of everything (identity with roles, agenda, invited units, a person
 * and a guest, typed minutes, a decision and a commitment, each also deleted once so
 * restore has something to restore), built through dispatch as the app would.
 */

export function paragraph(text: string): RichDoc {
  return { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] };
}

export type World = Readonly<{
  ctx: FollowUpTestContext;
  seeded: Seeded;
  meetingId: MeetingId;
  identity: UpdateMeetingIdentity;
  agenda: ReadonlyArray<AgendaItemId>;
  attendance: Readonly<{ dinkes: AttendanceId; bappeda: AttendanceId; guest: AttendanceId }>;
  opening: Readonly<{ id: SectionId; revision: number }>;
  decision: DecisionId;
  deletedDecision: DecisionId;
  commitment: CommitmentId;
  deletedCommitment: CommitmentId;
  ownerId: OwnerId;
}>;

export async function buildMeeting(temp: TempDb): Promise<World> {
  const ctx = followUpContext(temp, '2026-11-28T03:00:00Z');
  const seeded = seedMasterData(temp.db);
  const { people, units } = seeded;
  const created = await ctx.call('meetings:create', {
    title: 'Rakor Kepala OPD',
    date: '2026-11-27',
    place: 'Ruang Rapat Bupati',
  });
  const meetingId = created.id;
  const identity = identityInput(meetingId, {
    callTime: '08:30',
    endTime: '11:45',
    invitationNumber: '005/123/Setda',
    invitationDate: '2026-11-20',
    chair: { personId: people.wabup, acting: '' },
    secretary: { personId: people.sekda, acting: '' },
    notulis: { personId: people.notulis, acting: '' },
  });
  await ctx.call('meetings:update-identity', identity);
  await ctx.call('agenda:add', {
    meetingId,
    title: 'Laporan tindak lanjut',
    presenterText: 'Sekretaris Daerah',
    presenterPersonId: null,
    plannedMinutes: 20,
  });
  const agenda = await ctx.call('agenda:add', {
    meetingId,
    title: 'Program prioritas OPD',
    presenterText: '',
    presenterPersonId: people.kadinkes,
    plannedMinutes: 30,
  });
  const invited = await ctx.call('attendance:invite', {
    meetingId,
    unitIds: [units.dinkes, units.bappeda],
    personIds: [],
  });
  const withGuest = await ctx.call('attendance:add-guest', {
    meetingId,
    name: 'Ir. Tamu Contoh',
    position: 'Konsultan',
    agency: 'PT Contoh',
    status: 'HADIR',
  });
  const rowOf = (agency: string) => invited.attendees.find((row) => row.agency === agency)?.id as AttendanceId;
  const dinkes = rowOf('Dinas Kesehatan');
  await ctx.call('attendance:set-status', { id: dinkes, status: 'IZIN', representative: null, note: '' });
  await ctx.call('attendance:set-status', { id: dinkes, status: 'HADIR', representative: null, note: '' });

  const minutes = await ctx.call('minutes:get', { meetingId });
  const openingSection = minutes.sections.find((section) => section.kind === 'OPENING');
  if (!openingSection) throw new Error('no opening section');
  const saved = await ctx.call('minutes:save-section', {
    id: openingSection.id,
    baseRevision: 0,
    content: paragraph('Rapat dibuka oleh Wakil Bupati pukul 09.05 WIB.'),
  });
  // Every Pembahasan written: a Notula with a part missing cannot be submitted (approvalReadiness).
  for (const section of minutes.sections.filter((entry) => entry.kind === 'DISCUSSION')) {
    await ctx.call('minutes:save-section', {
      id: section.id,
      baseRevision: 0,
      content: paragraph(`Pembahasan ${section.agendaTitle ?? ''}.`),
    });
  }

  const decision = await ctx.call('decisions:create', {
    meetingId,
    text: 'Seluruh OPD menyampaikan laporan capaian triwulan IV.',
    agendaItemId: null,
  });
  const gone = await ctx.call('decisions:create', { meetingId, text: 'Keputusan yang dihapus.', agendaItemId: null });
  await ctx.call('decisions:delete', { id: gone.id });
  const commitment = await ctx.call('commitments:create', {
    meetingId,
    text: 'Menyusun rencana aksi penurunan stunting.',
    agendaItemId: agenda[1]?.id ?? null,
    dueDate: '2026-12-15',
    ownerUnitIds: [units.dinkes],
    programTag: 'Stunting',
    fundingSource: '',
  });
  const goneCommitment = await ctx.call('commitments:create', {
    meetingId,
    text: 'Butir yang dihapus.',
    agendaItemId: null,
    dueDate: null,
    ownerUnitIds: [units.bappeda],
    programTag: '',
    fundingSource: '',
  });
  await ctx.call('commitments:delete', { id: goneCommitment.id });
  const owner = temp.db.prepare('SELECT id FROM commitment_owners WHERE commitment_id = ?').get(commitment.id) as {
    id: OwnerId;
  };

  return {
    ctx,
    seeded,
    meetingId,
    identity,
    agenda: agenda.map((item) => item.id),
    attendance: {
      dinkes,
      bappeda: rowOf('Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah'),
      guest: withGuest.attendees.find((row) => row.name === 'Ir. Tamu Contoh')?.id as AttendanceId,
    },
    opening: { id: openingSection.id, revision: saved.revision },
    decision: decision.id,
    deletedDecision: gone.id,
    commitment: commitment.id,
    deletedCommitment: goneCommitment.id,
    ownerId: owner.id,
  };
}

/**
 * A fresh temp database with the meeting above built in it, and a scratch folder inside it for
 * the test's own files (removed with it): what each approval test starts from.
 */
export async function openApprovalWorld(): Promise<Readonly<{ temp: TempDb; world: World; scratch: string }>> {
  const temp = openTempDb();
  return { temp, world: await buildMeeting(temp), scratch: scratchDir(temp) };
}

/** Submits the meeting to the chair (Wakil Bupati). */
export async function submit(world: World): Promise<void> {
  await world.ctx.call('approval:submit', { meetingId: world.meetingId, note: '' });
}

/** The chair's (Wakil Bupati's) decision on the morning after, at the submission's minute (approve or return). */
export function chairDecision(world: World, decidedTime = '10:00') {
  return { meetingId: world.meetingId, personId: world.seeded.people.wabup, decidedOn: '2026-11-28', decidedTime };
}

/** Submits and approves the meeting as the chair. */
export async function approve(world: World, decidedTime?: string): Promise<void> {
  await submit(world);
  await world.ctx.call('approval:approve', chairDecision(world, decidedTime));
}

/** What "Cek Keaslian" answers for a file she picked (uploaded under `name`). */
export async function verifyFile(world: World, name: string, bytes: Buffer) {
  const staged = await world.ctx.call('files:upload', {
    purpose: 'verify',
    name,
    dataBase64: bytes.toString('base64'),
  });
  return world.ctx.call('approval:verify-file', { fileId: staged.fileId });
}

/** Every row of every table, to show that a refused call changed nothing. */
export function dumpTables(db: Db): Record<string, unknown[]> {
  const tables = db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .all() as Array<{ name: string }>;
  // Table names come from sqlite_master itself, never from input.
  return Object.fromEntries(tables.map(({ name }) => [name, db.prepare(`SELECT * FROM "${name}"`).all()]));
}
