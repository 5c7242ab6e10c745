import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AgendaItemId, MeetingId, PersonId, TemplateId } from '../../../shared/domain/ids';
import {
  addAgendaItem,
  listAgenda,
  removeAgendaItem,
  reorderAgenda,
  updateAgendaItem,
} from '../../../electron/main/repositories/agendaRepository';
import {
  createTemplateFromMeeting,
  deleteTemplate,
  listTemplates,
  renameTemplate,
  restoreTemplate,
} from '../../../electron/main/repositories/templatesRepository';
import { type TempDb } from '../support/tempDb';
import { count, ctxAt, MISSING_ID, type Seeded, openSeededMeeting } from '../support/preparationSeed';

let temp: TempDb;
let seed: Seeded;
let meetingId: MeetingId;

const item = (title: string, minutes: number | null = null) => ({
  title,
  presenterText: '',
  presenterPersonId: null,
  plannedMinutes: minutes,
});

beforeEach(() => ({ temp, seed, meetingId } = openSeededMeeting()));
afterEach(() => temp.dispose());

describe('repositories/agendaRepository', () => {
  it('adds items in order, inserts at a position, edits and removes, keeping positions 1..n', () => {
    addAgendaItem(temp.db, { meetingId, ...item('Pembukaan', 10) }, ctxAt(2));
    addAgendaItem(temp.db, { meetingId, ...item('Penutup', 5) }, ctxAt(3));
    const withMiddle = addAgendaItem(
      temp.db,
      { meetingId, ...item('Paparan Dinas Kesehatan', 30), position: 2 },
      ctxAt(4),
    );
    expect(withMiddle.map((i) => [i.position, i.title])).toEqual([
      [1, 'Pembukaan'],
      [2, 'Paparan Dinas Kesehatan'],
      [3, 'Penutup'],
    ]);

    const middle = withMiddle[1]!;
    const edited = updateAgendaItem(
      temp.db,
      {
        id: middle.id,
        title: 'Paparan capaian stunting',
        presenterText: '',
        presenterPersonId: seed.people.kadinkes,
        plannedMinutes: 45,
      },
      ctxAt(5),
    );
    expect(edited[1]).toMatchObject({
      title: 'Paparan capaian stunting',
      presenter: 'H. Doni Purnomo, S.Kom.',
      plannedMinutes: 45,
    });

    const afterRemove = removeAgendaItem(temp.db, withMiddle[0]!.id, ctxAt(6));
    expect(afterRemove.map((i) => [i.position, i.title])).toEqual([
      [1, 'Paparan capaian stunting'],
      [2, 'Penutup'],
    ]);
    const audit = temp.db.prepare("SELECT operation FROM audit_log WHERE entity = 'agenda_item' ORDER BY seq").all();
    expect(audit.map((a) => (a as { operation: string }).operation)).toEqual([
      'create',
      'create',
      'create',
      'update',
      'delete',
    ]);
  });

  it('reorders in one transaction and refuses a list that is not the whole agenda', () => {
    for (const title of ['A', 'B', 'C']) addAgendaItem(temp.db, { meetingId, ...item(title) }, ctxAt(2));
    const [a, b, c] = listAgenda(temp.db, meetingId).map((i) => i.id) as [AgendaItemId, AgendaItemId, AgendaItemId];
    expect(reorderAgenda(temp.db, meetingId, [c, a, b], ctxAt(3)).map((i) => i.title)).toEqual(['C', 'A', 'B']);
    expect(() => reorderAgenda(temp.db, meetingId, [a, b], ctxAt(4))).toThrow(/sudah berubah/);
    expect(() => reorderAgenda(temp.db, meetingId, [a, b, MISSING_ID as AgendaItemId], ctxAt(4))).toThrow(
      /sudah berubah/,
    );
    expect(listAgenda(temp.db, meetingId).map((i) => i.title)).toEqual(['C', 'A', 'B']);
  });

  it('refuses an unknown presenter id and leaves the agenda as it was', () => {
    expect(() =>
      addAgendaItem(
        temp.db,
        { meetingId, title: 'X', presenterText: '', presenterPersonId: MISSING_ID as PersonId, plannedMinutes: null },
        ctxAt(2),
      ),
    ).toThrow(/penyaji tidak ditemukan/);
    expect(count(temp.db, 'agenda_items')).toBe(0);
  });
});

describe('repositories/templatesRepository', () => {
  it('lists the shipped template first and saves, renames, deletes and restores one made from a meeting', () => {
    expect(listTemplates(temp.db).map((t) => [t.name, t.builtIn, t.items.length])).toEqual([
      ['Rakor Kepala OPD', true, 6],
    ]);
    addAgendaItem(
      temp.db,
      { meetingId, title: 'Pembukaan', presenterText: 'Sekda', presenterPersonId: null, plannedMinutes: 10 },
      ctxAt(2),
    );
    addAgendaItem(temp.db, { meetingId, ...item('Evaluasi stunting', 60) }, ctxAt(2));

    const saved = createTemplateFromMeeting(temp.db, meetingId, 'Rakor Stunting', ctxAt(3));
    expect(saved.items).toEqual([
      { title: 'Pembukaan', presenterText: 'Sekda', plannedMinutes: 10 },
      { title: 'Evaluasi stunting', presenterText: '', plannedMinutes: 60 },
    ]);
    expect(() => createTemplateFromMeeting(temp.db, meetingId, 'rakor stunting', ctxAt(4))).toThrow(/sudah ada/);
    expect(renameTemplate(temp.db, saved.id, 'Rakor Percepatan Stunting', ctxAt(5)).name).toBe(
      'Rakor Percepatan Stunting',
    );

    deleteTemplate(temp.db, saved.id, ctxAt(6));
    expect(listTemplates(temp.db).map((t) => t.name)).toEqual(['Rakor Kepala OPD']);
    expect(restoreTemplate(temp.db, saved.id, ctxAt(7)).items).toHaveLength(2);
    expect(listTemplates(temp.db).map((t) => t.name)).toEqual(['Rakor Kepala OPD', 'Rakor Percepatan Stunting']);
  });

  it('refuses to save an empty agenda as a template', () => {
    expect(() => createTemplateFromMeeting(temp.db, meetingId, 'Kosong', ctxAt(2))).toThrow(/masih kosong/);
    expect(() => renameTemplate(temp.db, MISSING_ID as TemplateId, 'X', ctxAt(2))).toThrow(/tidak ditemukan/);
    expect(count(temp.db, 'agenda_templates')).toBe(1);
  });
});
