// Types and channel names only: the preload bundles this file, so no zod here.
import type { PersonId, UnitId } from '../domain/ids';
import type { Person, PersonFields, Unit, UnitFields } from '../domain/masterData';

export type UnitListQuery = { query?: string; includeInactive?: boolean };
export type PersonListQuery = { query?: string; unitId?: UnitId; includeInactive?: boolean };

/** Units (OPD) and people (pejabat): the master data every meeting picks from. */
export type MasterDataContract = {
  'units:list': { input: UnitListQuery; output: ReadonlyArray<Unit> };
  'units:create': { input: UnitFields; output: Unit };
  'units:update': { input: UnitFields & { id: UnitId }; output: Unit };
  'units:set-active': { input: { id: UnitId; active: boolean }; output: Unit };
  /** Refused with CONFLICT when a person, attendance or commitment still refers to the unit. */
  'units:delete': { input: { id: UnitId }; output: { id: UnitId } };
  /** Undoes a delete (the "Batalkan" of the toast). */
  'units:restore': { input: { id: UnitId }; output: Unit };
  'people:list': { input: PersonListQuery; output: ReadonlyArray<Person> };
  'people:create': { input: PersonFields; output: Person };
  'people:update': { input: PersonFields & { id: PersonId }; output: Person };
  'people:set-active': { input: { id: PersonId; active: boolean }; output: Person };
  'people:delete': { input: { id: PersonId }; output: { id: PersonId } };
  'people:restore': { input: { id: PersonId }; output: Person };
};

export const MASTER_DATA_CHANNELS = {
  'units:list': true,
  'units:create': true,
  'units:update': true,
  'units:set-active': true,
  'units:delete': true,
  'units:restore': true,
  'people:list': true,
  'people:create': true,
  'people:update': true,
  'people:set-active': true,
  'people:delete': true,
  'people:restore': true,
} as const satisfies Record<keyof MasterDataContract, true>;
