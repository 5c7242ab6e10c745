import { afterEach, describe, expect, it } from 'vitest';
import { generateBigDataset } from '../../../electron/main/services/seed/bigDataset';
import { openTempDb, type TempDb } from '../support/tempDb';

const opened: TempDb[] = [];
afterEach(() => opened.splice(0).forEach((temp) => temp.dispose()));

function generate(seed: number) {
  const temp = openTempDb();
  opened.push(temp);
  const counts = generateBigDataset(temp.db, { years: 2, scale: 0.01, seed });
  const texts = temp.db.prepare(`SELECT m.date, s.position, s.content_text FROM minute_sections s JOIN meetings m ON m.id = s.meeting_id ORDER BY m.date, m.title, s.position`).raw().all();
  const commitments = temp.db.prepare(`SELECT text, due_date FROM commitments ORDER BY created_at, position`).raw().all();
  return { temp, counts, texts, commitments };
}

describe('services/seed/bigDataset (npm run seed:big)', () => {
  it('writes a scaled archive through the repositories: OPD, officials, series meetings, agenda, attendance, minutes, commitments', () => {
    const { temp, counts } = generate(42);
    // 3,000 meetings per 10 years at scale 1 -> 2 years at 0.01 = 6 meetings, 50 commitments each.
    expect(counts).toMatchObject({ units: 40, people: 40, series: 8, meetings: 6, commitments: 300 });
    const db = temp.db;
    expect(db.prepare('SELECT count(*) FROM meetings WHERE series_id IS NOT NULL').pluck().get()).toBe(6);
    expect(db.prepare('SELECT count(DISTINCT meeting_id) FROM attendance').pluck().get()).toBe(6);
    expect(db.prepare('SELECT min(n), max(n) FROM (SELECT count(*) AS n FROM commitment_owners GROUP BY commitment_id)').raw().get()).toEqual([1, 3]);
    expect(db.prepare(`SELECT count(*) FROM minute_sections WHERE content_text LIKE '%stunting%' OR content_text LIKE '%inflasi daerah%' OR content_text LIKE '%realisasi anggaran%'`).pluck().get()).toBeGreaterThan(0);
    // Written by the repositories, so every meeting and minute save has its audit trail.
    expect(db.prepare(`SELECT count(*) FROM audit_log WHERE entity = 'meeting'`).pluck().get()).toBeGreaterThanOrEqual(6);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it('is deterministic: same seed, same text; another seed, other text', () => {
    const a = generate(42);
    const b = generate(42);
    const c = generate(7);
    expect(b.texts).toEqual(a.texts);
    expect(b.commitments).toEqual(a.commitments);
    expect(c.texts).not.toEqual(a.texts);
  });
});
