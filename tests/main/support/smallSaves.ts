import type { Db } from '../../../electron/main/db/connection';
import { prng } from '../../../electron/main/services/seed/rakorText';
import { sentence, WORDS } from '../../bench/archiveGenerator';

/**
 * Her autosaves over an archive: `count` small transactions, each rewriting one minute section,
 * so each writes a new FTS5 segment until automerge folds a few (an index in many pieces).
 */
export function writeInSmallTransactions(db: Db, count: number, seed = 5): void {
  const random = prng(seed);
  const sections = db.prepare('SELECT id FROM minute_sections ORDER BY id').pluck().all() as string[];
  const update = db.prepare('UPDATE minute_sections SET content_text = ? WHERE id = ?');
  for (let i = 0; i < count; i += 1) {
    const id = sections[Math.floor(random() * sections.length)] ?? '';
    update.run(`${sentence(random, 30)} ${WORDS[i % WORDS.length] ?? ''}`, id);
  }
}
