import type { Db } from '../db/connection';
import { DEFAULT_INSTANSI, type InstansiProfile } from '../../../shared/domain/instansi';
import { recordAudit } from './auditRepository';
import type { WriteContext } from './writeContext';

const INSTANSI_KEY = 'instansi';

function readSetting(db: Db, key: string): unknown {
  const row = db.prepare('SELECT value_json FROM settings WHERE key = ?').get(key) as
    { value_json: string } | undefined;
  return row ? (JSON.parse(row.value_json) as unknown) : undefined;
}

/**
 * The saved profile over the defaults: a field added by a later version of the
 * app gets its default instead of being missing.
 */
export function getInstansi(db: Db): InstansiProfile {
  const stored = readSetting(db, INSTANSI_KEY) as Partial<InstansiProfile> | undefined;
  if (!stored) return DEFAULT_INSTANSI;
  return {
    ...DEFAULT_INSTANSI,
    ...stored,
    notula: { ...DEFAULT_INSTANSI.notula, ...(stored.notula ?? {}) },
    invitation: { ...DEFAULT_INSTANSI.invitation, ...(stored.invitation ?? {}) },
  };
}

export function updateInstansi(db: Db, profile: InstansiProfile, ctx: WriteContext): InstansiProfile {
  return db.transaction(() => {
    const before = getInstansi(db);
    db.prepare(
      `INSERT INTO settings (key, value_json, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json, updated_at = excluded.updated_at`,
    ).run(INSTANSI_KEY, JSON.stringify(profile), ctx.now);
    const after = getInstansi(db);
    // The logo and the Garuda are large and unchanged most of the time; the audit keeps whether it changed.
    recordAudit(db, {
      at: ctx.now,
      actor: ctx.actor,
      entity: 'settings',
      entityId: INSTANSI_KEY,
      meetingId: null,
      operation: 'update',
      before: withoutLogo(before),
      after: withoutLogo(after),
    });
    return after;
  })();
}

function withoutLogo(profile: InstansiProfile) {
  const size = (dataUrl: string | null) => (dataUrl === null ? null : `(${dataUrl.length} karakter)`);
  return { ...profile, logoDataUrl: size(profile.logoDataUrl), garudaDataUrl: size(profile.garudaDataUrl) };
}
