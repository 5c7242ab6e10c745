import type { Db } from '../db/connection';
import { DEFAULT_INSTANSI, type InstansiProfile } from '../../../shared/domain/instansi';
import { auditSetting, readSettingJson, upsertSetting } from './settingsStore';
import type { WriteContext } from './writeContext';

const INSTANSI_KEY = 'instansi';

/**
 * The saved profile over the defaults: a field added by a later version of the
 * app gets its default instead of being missing.
 */
export function getInstansi(db: Db): InstansiProfile {
  const stored = readSettingJson(db, INSTANSI_KEY) as Partial<InstansiProfile> | undefined;
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
    upsertSetting(db, INSTANSI_KEY, profile, ctx.now);
    const after = getInstansi(db);
    // The logo and the Garuda are large and unchanged most of the time; the audit keeps whether it changed.
    auditSetting(db, INSTANSI_KEY, ctx, withoutLogo(before), withoutLogo(after));
    return after;
  })();
}

function withoutLogo(profile: InstansiProfile) {
  const size = (dataUrl: string | null) => (dataUrl === null ? null : `(${dataUrl.length} karakter)`);
  return { ...profile, logoDataUrl: size(profile.logoDataUrl), garudaDataUrl: size(profile.garudaDataUrl) };
}
