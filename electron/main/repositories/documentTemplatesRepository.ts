import { createHash, randomUUID } from 'node:crypto';
import type { Db } from '../db/connection';
import type { TemplateReport, TemplateSummary } from '../../../shared/document/templateReport';
import type { TemplateKind, TemplateMapping } from '../../../shared/document/templateVocabulary';
import { AppError } from '../../../shared/ipc/result';
import { auditorFor } from './auditRepository';
import type { WriteContext } from './writeContext';

/*
 * The office's templates (migration 0011), one per kind. Lists never carry the bytes; the
 * audit keeps name, size and SHA-256, not the file.
 */

type Row = {
  id: string;
  kind: TemplateKind;
  name: string;
  size: number;
  sha256: string;
  mapping_json: string;
  report_json: string;
  active: number;
  uploaded_at: number;
};

const COLUMNS = 'id, kind, name, size, sha256, mapping_json, report_json, active, uploaded_at';

function summaryOf(row: Row): TemplateSummary {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    size: row.size,
    uploadedAt: row.uploaded_at,
    active: row.active === 1,
    mapping: JSON.parse(row.mapping_json) as TemplateMapping,
    report: JSON.parse(row.report_json) as TemplateReport,
  };
}

const audit = auditorFor('document_template');

const audited = (row: Row | undefined) =>
  row && {
    name: row.name,
    size: row.size,
    sha256: row.sha256,
    active: row.active === 1,
    mapping: JSON.parse(row.mapping_json),
  };

function rowOf(db: Db, kind: TemplateKind): Row | undefined {
  return db.prepare(`SELECT ${COLUMNS} FROM document_templates WHERE kind = ?`).get(kind) as Row | undefined;
}

export function listTemplates(db: Db): TemplateSummary[] {
  return (db.prepare(`SELECT ${COLUMNS} FROM document_templates ORDER BY kind`).all() as Row[]).map(summaryOf);
}

export function templateOf(db: Db, kind: TemplateKind): TemplateSummary | null {
  const row = rowOf(db, kind);
  return row ? summaryOf(row) : null;
}

/** The file and mapping of a kind's template, or null; `onlyActive` for what an export uses. */
export function templateFile(
  db: Db,
  kind: TemplateKind,
  onlyActive: boolean,
): { name: string; bytes: Buffer; mapping: TemplateMapping } | null {
  const row = db
    .prepare(`SELECT name, bytes, mapping_json, active FROM document_templates WHERE kind = ?`)
    .get(kind) as { name: string; bytes: Buffer; mapping_json: string; active: number } | undefined;
  if (!row || (onlyActive && row.active !== 1)) return null;
  return { name: row.name, bytes: row.bytes, mapping: JSON.parse(row.mapping_json) as TemplateMapping };
}

export type StoreTemplateInput = Readonly<{
  kind: TemplateKind;
  name: string;
  bytes: Buffer;
  mapping: TemplateMapping;
  report: TemplateReport;
}>;

/** Stores (or replaces) the kind's template and makes it the one used. */
export function storeTemplate(db: Db, input: StoreTemplateInput, ctx: WriteContext): TemplateSummary {
  return db.transaction(() => {
    const before = rowOf(db, input.kind);
    const sha256 = createHash('sha256').update(input.bytes).digest('hex');
    db.prepare(
      `INSERT INTO document_templates (id, kind, name, bytes, size, sha256, mapping_json, report_json, active, uploaded_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)
       ON CONFLICT (kind) DO UPDATE SET name = excluded.name, bytes = excluded.bytes, size = excluded.size,
         sha256 = excluded.sha256, mapping_json = excluded.mapping_json, report_json = excluded.report_json,
         active = 1, uploaded_at = excluded.uploaded_at, updated_at = excluded.updated_at`,
    ).run(
      before?.id ?? randomUUID(),
      input.kind,
      input.name,
      input.bytes,
      input.bytes.byteLength,
      sha256,
      JSON.stringify(input.mapping),
      JSON.stringify(input.report),
      ctx.now,
      ctx.now,
    );
    const after = rowOf(db, input.kind) as Row;
    audit(db, ctx, after, before ? 'update' : 'create', audited(before), audited(after));
    return summaryOf(after);
  })();
}

const NOT_FOUND = 'Templat untuk dokumen ini belum diunggah.';

/** Changes the mapping (already checked) and the report that goes with it, or the choice Bawaan/kantor. */
export function updateTemplate(
  db: Db,
  kind: TemplateKind,
  patch: Readonly<{ mapping?: TemplateMapping; report?: TemplateReport; active?: boolean }>,
  ctx: WriteContext,
): TemplateSummary {
  return db.transaction(() => {
    const before = rowOf(db, kind);
    if (!before) throw new AppError('NOT_FOUND', NOT_FOUND);
    db.prepare(
      `UPDATE document_templates SET mapping_json = ?, report_json = ?, active = ?, updated_at = ? WHERE kind = ?`,
    ).run(
      patch.mapping === undefined ? before.mapping_json : JSON.stringify(patch.mapping),
      patch.report === undefined ? before.report_json : JSON.stringify(patch.report),
      patch.active === undefined ? before.active : patch.active ? 1 : 0,
      ctx.now,
      kind,
    );
    const after = rowOf(db, kind) as Row;
    audit(db, ctx, after, 'update', audited(before), audited(after));
    return summaryOf(after);
  })();
}

export function removeTemplate(db: Db, kind: TemplateKind, ctx: WriteContext): void {
  db.transaction(() => {
    const before = rowOf(db, kind);
    if (!before) throw new AppError('NOT_FOUND', NOT_FOUND);
    db.prepare('DELETE FROM document_templates WHERE kind = ?').run(kind);
    audit(db, ctx, before, 'delete', audited(before), null);
  })();
}
