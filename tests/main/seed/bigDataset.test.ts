import { afterEach, describe, expect, it } from 'vitest';
import { generateBigDataset } from '../../../electron/main/services/seed/bigDataset';
import { openTempDb, type TempDb } from '../support/tempDb';

const opened: TempDb[] = [];
afterEach(() => opened.splice(0).forEach((temp) => temp.dispose()));

function generate(seed: number) {
  const temp = openTempDb();
  opened.push(temp);
  const counts = generateBigDataset(temp.db, { years: 2, scale: 0.01, seed });
  const texts = temp.db
    .prepare(
      `SELECT m.date, s.position, s.content_text FROM minute_sections s JOIN meetings m ON m.id = s.meeting_id ORDER BY m.date, m.title, s.position`,
    )
    .raw()
    .all();
  const commitments = temp.db
    .prepare(`SELECT text, due_date FROM commitments ORDER BY created_at, position`)
    .raw()
    .all();
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
    expect(
      db
        .prepare('SELECT min(n), max(n) FROM (SELECT count(*) AS n FROM commitment_owners GROUP BY commitment_id)')
        .raw()
        .get(),
    ).toEqual([1, 3]);
    expect(
      db
        .prepare(
          `SELECT count(*) FROM minute_sections WHERE content_text LIKE '%stunting%' OR content_text LIKE '%inflasi daerah%' OR content_text LIKE '%realisasi anggaran%'`,
        )
        .pluck()
        .get(),
    ).toBeGreaterThan(0);
    // Written by the repositories, so every meeting and minute save has its audit trail.
    expect(db.prepare(`SELECT count(*) FROM audit_log WHERE entity = 'meeting'`).pluck().get()).toBeGreaterThanOrEqual(
      6,
    );
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it('settles old commitments as a real archive does, and keeps recent ones open', () => {
    const temp = openTempDb();
    opened.push(temp);
    // One year at scale 0.05: 15 meetings, the last weeks before the end.
    generateBigDataset(temp.db, { years: 1, scale: 0.05, seed: 42 });
    const shares = temp.db
      .prepare(
        `SELECT m.date < '2026-07-30' AS old, avg(o.status IN ('SELESAI', 'TIDAK_DAPAT')) AS settled, count(*) AS owners
         FROM commitment_owners o JOIN commitments c ON c.id = o.commitment_id JOIN meetings m ON m.id = c.meeting_id GROUP BY old ORDER BY old`,
      )
      .all() as Array<{ old: number; settled: number; owners: number }>;
    const [recent, old] = shares;
    expect(old?.settled).toBeGreaterThan(0.85);
    expect(old?.settled).toBeLessThan(0.97);
    expect(recent?.settled).toBe(0);
    // About two progress updates per owner (600,000 over ~300,000 owners at scale 1).
    const perOwner = temp.db
      .prepare('SELECT (SELECT count(*) FROM commitment_updates) * 1.0 / (SELECT count(*) FROM commitment_owners)')
      .pluck()
      .get() as number;
    expect(perOwner).toBeGreaterThan(1.5);
    expect(perOwner).toBeLessThan(2.5);
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
