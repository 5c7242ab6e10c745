import { z } from 'zod';
import type { PersonId, UnitGroupId, UnitId } from '../domain/ids';
import type { Person, PersonFields, Unit, UnitGroup } from '../domain/masterData';
import { normalizeNip } from '../domain/nip';
import { nipProblem } from '../domain/nipValidation';
import { isRankCode } from '../domain/ranks';
import { channel, GLOBAL, READ, schemasOf } from './channelSpec';
import { entityId, requiredText } from './schemaHelpers';
import { schemaShape } from '../records/fieldRegistry';
import { PERSON_FIELDS } from '../records/personFields';
import { UNIT_FIELDS } from '../records/unitFields';

const searchQuery = z
  .string()
  .trim()
  .max(200, { error: 'Kata pencarian terlalu panjang (maks. 200 karakter).' })
  .optional();

const unitId = entityId<UnitId>('OPD');
const unitFields = schemaShape(UNIT_FIELDS);
const personId = entityId<PersonId>('pejabat');

const personShape = schemaShape(PERSON_FIELDS);

/**
 * Political offices (Bupati, Wakil Bupati) carry no NIP and no pangkat
 * (notula-regulation-2023.md); everyone else may leave NIP empty (non-ASN) but
 * a NIP that is given must be a real one.
 */
function personRules<T extends PersonFields>(fields: T, ctx: z.RefinementCtx): void {
  if (fields.isPolitical) {
    if (fields.nip)
      ctx.addIssue({
        code: 'custom',
        path: ['nip'],
        message: 'Pejabat politik (Bupati/Wakil Bupati) tidak memakai NIP; kosongkan NIP.',
      });
    if (fields.rankCode)
      ctx.addIssue({
        code: 'custom',
        path: ['rankCode'],
        message: 'Pejabat politik (Bupati/Wakil Bupati) tidak memakai pangkat/golongan; kosongkan pangkat.',
      });
    return;
  }
  if (fields.nip) {
    const problem = nipProblem(fields.nip);
    if (problem) ctx.addIssue({ code: 'custom', path: ['nip'], message: problem });
  }
  if (fields.rankCode && !isRankCode(fields.rankCode)) {
    ctx.addIssue({
      code: 'custom',
      path: ['rankCode'],
      message: 'Pangkat/golongan tidak dikenal; pilih dari daftar I/a sampai IV/e.',
    });
  }
}

function normalizePerson<T extends PersonFields>(fields: T): T {
  const nip = fields.nip === null ? '' : normalizeNip(fields.nip);
  return { ...fields, nip: nip === '' ? null : nip, rankCode: fields.rankCode ? fields.rankCode : null };
}

const personFields = z.strictObject(personShape).transform(normalizePerson).superRefine(personRules);
const personUpdate = z
  .strictObject({ id: personId, ...personShape })
  .transform(normalizePerson)
  .superRefine(personRules);

const includeInactive = z.boolean({ error: 'Pilihan "tampilkan nonaktif" harus ya/tidak.' }).optional();
const active = z.boolean({ error: 'Status aktif harus ya/tidak.' });
const byUnit = z.strictObject({ id: unitId });
const byPerson = z.strictObject({ id: personId });
const unitGroupId = entityId<UnitGroupId>('kelompok OPD');
const unitGroupFields = {
  name: requiredText('Nama kelompok', 120),
  unitIds: z
    .array(unitId, { error: 'Daftar OPD kelompok tidak valid.' })
    .min(1, { error: 'Pilih sedikitnya satu OPD untuk kelompok ini.' })
    .max(500, { error: 'Kelompok terlalu besar (maks. 500 OPD).' })
    .readonly(),
};

/** Units (OPD) and people (pejabat), one spec per channel. Master data is no meeting's content: writes are global. */
export const masterDataSpec = {
  'units:list': channel<ReadonlyArray<Unit>>()(z.strictObject({ query: searchQuery, includeInactive }), READ),
  'units:create': channel<Unit>()(z.strictObject(unitFields), GLOBAL),
  'units:update': channel<Unit>()(z.strictObject({ id: unitId, ...unitFields }), GLOBAL),
  'units:set-active': channel<Unit>()(z.strictObject({ id: unitId, active }), GLOBAL),
  /** Refused with CONFLICT when a person, attendance or commitment still refers to the unit. */
  'units:delete': channel<{ id: UnitId }>()(byUnit, GLOBAL),
  /** Undoes a delete (the "Batalkan" of the toast). */
  'units:restore': channel<Unit>()(byUnit, GLOBAL),
  'people:list': channel<ReadonlyArray<Person>>()(
    z.strictObject({ query: searchQuery, unitId: unitId.optional(), includeInactive }),
    READ,
  ),
  'people:create': channel<Person>()(personFields, GLOBAL),
  'people:update': channel<Person>()(personUpdate, GLOBAL),
  'people:set-active': channel<Person>()(z.strictObject({ id: personId, active }), GLOBAL),
  'people:delete': channel<{ id: PersonId }>()(byPerson, GLOBAL),
  'people:restore': channel<Person>()(byPerson, GLOBAL),
  /** Saved OPD groups (Kelompok OPD): owners of a commitment or the invited of a meeting in one go. */
  'unitgroups:list': channel<ReadonlyArray<UnitGroup>>()(z.strictObject({}), READ),
  /** Without id: a new group; with id: its name and members replaced, her order kept. */
  'unitgroups:save': channel<UnitGroup>()(z.strictObject({ id: unitGroupId.optional(), ...unitGroupFields }), GLOBAL),
  'unitgroups:delete': channel<{ id: UnitGroupId }>()(z.strictObject({ id: unitGroupId }), GLOBAL),
};

export const masterDataSchemas = schemasOf(masterDataSpec);
