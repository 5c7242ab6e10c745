import { describe, expect, it } from 'vitest';
import type { RichDoc } from '../../../shared/domain/minutes';
import { speakerParagraph } from '../../../shared/domain/minutes';
import { getMinutes, saveSection } from '../../../electron/main/repositories/minutesRepository';
import { alignSections } from '../../../electron/main/repositories/minuteSectionsSync';
import { useTempDb } from '../support/useTempDb';
import { ctx, seedMeeting } from './liveSeed';

const temp = useTempDb();

const doc = (...texts: string[]): RichDoc => ({
  type: 'doc',
  content: texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
});

describe('repositories/minutesRepository', () => {
  it("has the standard set from the meeting's creation, in Notula order; reading writes nothing", () => {
    const { meetingId, agenda } = seedMeeting(temp.db);
    const first = getMinutes(temp.db, meetingId);
    expect(first.sections.map((s) => [s.kind, s.agendaItemId, s.position])).toEqual([
      ['OPENING', null, 0],
      ['DISCUSSION', agenda[0], 1],
      ['DISCUSSION', agenda[1], 2],
      ['CONCLUSION', null, 3],
      ['CLOSING', null, 4],
    ]);
    expect(first.sections[1]?.agendaTitle).toBe('Laporan tindak lanjut');
    expect(first.sections.every((s) => s.revision === 0 && s.content.type === 'doc')).toBe(true);

    alignSections(temp.db, meetingId, ctx(20));
    const again = getMinutes(temp.db, meetingId);
    expect(again.sections.map((s) => s.id)).toEqual(first.sections.map((s) => s.id));
    const audits = temp.db.prepare("SELECT count(*) AS n FROM audit_log WHERE entity = 'minute_section'").get() as {
      n: number;
    };
    expect(audits.n).toBe(5);
  });

  it('follows the agenda: a new item gets its Pembahasan, a reorder moves it, a removed item keeps typed words', () => {
    const { meetingId, agenda } = seedMeeting(temp.db);
    const before = getMinutes(temp.db, meetingId);
    const second = before.sections.find((s) => s.agendaItemId === agenda[1]);
    saveSection(
      temp.db,
      { id: second!.id, baseRevision: 0, content: doc('Dinas Kesehatan melaporkan capaian.') },
      ctx(11),
    );

    temp.db.prepare('UPDATE agenda_items SET position = 3 - position WHERE meeting_id = ?').run(meetingId);
    temp.db
      .prepare(
        `INSERT INTO agenda_items (id, meeting_id, position, title, created_at, updated_at) VALUES ('00000000-0000-4000-8000-00000000000a', ?, 3, 'Lain-lain', 1, 1)`,
      )
      .run(meetingId);
    alignSections(temp.db, meetingId, ctx(12));
    const reordered = getMinutes(temp.db, meetingId);
    expect(reordered.sections.map((s) => s.agendaTitle ?? s.kind)).toEqual([
      'OPENING',
      'Program prioritas OPD',
      'Laporan tindak lanjut',
      'Lain-lain',
      'CONCLUSION',
      'CLOSING',
    ]);

    temp.db.prepare('DELETE FROM agenda_items WHERE id IN (?, ?)').run(agenda[0], agenda[1]);
    alignSections(temp.db, meetingId, ctx(13));
    const afterRemoval = getMinutes(temp.db, meetingId);
    expect(afterRemoval.sections.map((s) => [s.kind, s.agendaTitle])).toEqual([
      ['OPENING', null],
      ['DISCUSSION', 'Lain-lain'],
      ['DISCUSSION', null],
      ['CONCLUSION', null],
      ['CLOSING', null],
    ]);
    const kept = afterRemoval.sections[2]!;
    expect(kept.id).toBe(second!.id);
    expect(temp.db.prepare('SELECT content_text FROM minute_sections WHERE id = ?').get(kept.id)).toEqual({
      content_text: 'Dinas Kesehatan melaporkan capaian.',
    });
  });

  it('saves JSON and plain text with a revision, and refuses a stale save without changing the row', () => {
    const { meetingId } = seedMeeting(temp.db);
    const opening = getMinutes(temp.db, meetingId).sections[0]!;
    const content: RichDoc = {
      type: 'doc',
      content: [
        speakerParagraph('Wakil Bupati (Drs. H. Ahmad, M.Si.)'),
        {
          type: 'bulletList',
          content: [
            { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Pertama' }] }] },
          ],
        },
      ],
    };
    const saved = saveSection(temp.db, { id: opening.id, baseRevision: 0, content }, ctx(100));
    expect(saved).toEqual({ id: opening.id, revision: 1, updatedAt: 100 });
    const row = temp.db
      .prepare('SELECT content_json, content_text, revision FROM minute_sections WHERE id = ?')
      .get(opening.id);
    expect(row).toEqual({
      content_json: JSON.stringify(content),
      content_text: 'Wakil Bupati (Drs. H. Ahmad, M.Si.):\nPertama',
      revision: 1,
    });

    saveSection(temp.db, { id: opening.id, baseRevision: 1, content: doc('Versi tab A') }, ctx(200));
    expect(() =>
      saveSection(temp.db, { id: opening.id, baseRevision: 1, content: doc('Versi tab B yang basi') }, ctx(300)),
    ).toThrow(/sudah diubah di jendela atau tab lain/);
    expect(temp.db.prepare('SELECT content_text, revision FROM minute_sections WHERE id = ?').get(opening.id)).toEqual({
      content_text: 'Versi tab A',
      revision: 2,
    });
    const reread = getMinutes(temp.db, meetingId).sections[0]!;
    expect(reread.revision).toBe(2);
    expect(reread.content).toEqual(doc('Versi tab A'));
  });

  it('keeps the search index in step with every save (content_text feeds the FTS triggers)', () => {
    const { meetingId } = seedMeeting(temp.db);
    const opening = getMinutes(temp.db, meetingId).sections[0]!;
    saveSection(temp.db, { id: opening.id, baseRevision: 0, content: doc('Stunting turun tiga persen') }, ctx(11));
    // Through the index h8's triggers keep (search_keys maps the FTS rowid to the section).
    const hits = temp.db
      .prepare(
        "SELECT k.entity_id FROM search_index JOIN search_keys k ON k.id = search_index.rowid WHERE search_index MATCH 'stunting'",
      )
      .all();
    expect(hits).toEqual([{ entity_id: opening.id }]);
  });

  it('refuses saves to an approved Notula and to a section that does not exist', () => {
    const { meetingId } = seedMeeting(temp.db);
    const opening = getMinutes(temp.db, meetingId).sections[0]!;
    temp.db.prepare("UPDATE meetings SET status = 'DISAHKAN' WHERE id = ?").run(meetingId);
    expect(() => saveSection(temp.db, { id: opening.id, baseRevision: 0, content: doc('x') }, ctx(11))).toThrow(
      /sudah disahkan/,
    );
    expect(() =>
      saveSection(
        temp.db,
        { id: '00000000-0000-4000-8000-000000000000' as typeof opening.id, baseRevision: 0, content: doc('x') },
        ctx(11),
      ),
    ).toThrow(/tidak ditemukan/);
    expect(temp.db.prepare('SELECT revision FROM minute_sections WHERE id = ?').get(opening.id)).toEqual({
      revision: 0,
    });
  });
});
