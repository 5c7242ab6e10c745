import type { StateCreator } from 'zustand';
import type { PersonId, UnitId } from '../../../shared/domain/ids';
import type { Person, PersonFields, Unit, UnitFields } from '../../../shared/domain/masterData';
import type { PersonListQuery } from '../../../shared/ipc/masterDataContract';
import type { IpcResult } from '../../../shared/ipc/result';
import { call } from '../lib/api';
import type { AppState } from './index';
import type { LoadState } from './loadState';

export type MasterDataSlice = {
  /** Every live unit, active or not: the OPD tab filters it, forms pick from it. */
  units: ReadonlyArray<Unit>;
  unitsLoad: LoadState;
  /** The officials matching `peopleQuery` (searched in main: there may be thousands). */
  people: ReadonlyArray<Person>;
  peopleLoad: LoadState;
  peopleQuery: PersonListQuery;
  loadUnits: () => Promise<void>;
  loadPeople: (query?: PersonListQuery) => Promise<void>;
  saveUnit: (fields: UnitFields, id?: UnitId) => Promise<IpcResult<Unit>>;
  setUnitActive: (id: UnitId, active: boolean) => Promise<IpcResult<Unit>>;
  deleteUnit: (id: UnitId) => Promise<IpcResult<{ id: UnitId }>>;
  restoreUnit: (id: UnitId) => Promise<IpcResult<Unit>>;
  savePerson: (fields: PersonFields, id?: PersonId) => Promise<IpcResult<Person>>;
  setPersonActive: (id: PersonId, active: boolean) => Promise<IpcResult<Person>>;
  deletePerson: (id: PersonId) => Promise<IpcResult<{ id: PersonId }>>;
  restorePerson: (id: PersonId) => Promise<IpcResult<Person>>;
};

const byName = <T extends { name: string; active: boolean }>(a: T, b: T) =>
  Number(b.active) - Number(a.active) || a.name.localeCompare(b.name, 'id', { sensitivity: 'base' });

function upsert<T extends { id: string; name: string; active: boolean }>(list: ReadonlyArray<T>, item: T): T[] {
  return [...list.filter((x) => x.id !== item.id), item].sort(byName);
}

export const createMasterDataSlice: StateCreator<AppState, [], [], MasterDataSlice> = (set, get) => {
  /** A unit's name shows in every official's row: re-read them after a unit changes. */
  const refreshPeopleIfLoaded = () => {
    if (get().peopleLoad.status !== 'idle') void get().loadPeople();
  };
  return {
    units: [],
    unitsLoad: { status: 'idle' },
    people: [],
    peopleLoad: { status: 'idle' },
    peopleQuery: { includeInactive: true },
    loadUnits: async () => {
      set({ unitsLoad: { status: 'loading' } });
      const result = await call('units:list', { includeInactive: true });
      if (result.ok) set({ units: result.value, unitsLoad: { status: 'ready' } });
      else set({ unitsLoad: { status: 'error', message: result.error.message } });
    },
    loadPeople: async (query) => {
      const wanted = query ?? get().peopleQuery;
      set({ peopleQuery: wanted, peopleLoad: { status: 'loading' } });
      const result = await call('people:list', wanted);
      // A slower answer to an older query must not overwrite a newer one.
      if (get().peopleQuery !== wanted) return;
      if (result.ok) set({ people: result.value, peopleLoad: { status: 'ready' } });
      else set({ peopleLoad: { status: 'error', message: result.error.message } });
    },
    saveUnit: async (fields, id) => {
      const result = id ? await call('units:update', { ...fields, id }) : await call('units:create', fields);
      if (result.ok) {
        set((state) => ({ units: upsert(state.units, result.value) }));
        if (id) refreshPeopleIfLoaded();
      }
      return result;
    },
    setUnitActive: async (id, active) => {
      const result = await call('units:set-active', { id, active });
      if (result.ok) set((state) => ({ units: upsert(state.units, result.value) }));
      return result;
    },
    deleteUnit: async (id) => {
      const result = await call('units:delete', { id });
      if (result.ok) set((state) => ({ units: state.units.filter((u) => u.id !== id) }));
      return result;
    },
    restoreUnit: async (id) => {
      const result = await call('units:restore', { id });
      if (result.ok) set((state) => ({ units: upsert(state.units, result.value) }));
      return result;
    },
    savePerson: async (fields, id) => {
      const result = id ? await call('people:update', { ...fields, id }) : await call('people:create', fields);
      if (result.ok) set((state) => ({ people: upsert(state.people, result.value) }));
      return result;
    },
    setPersonActive: async (id, active) => {
      const result = await call('people:set-active', { id, active });
      if (result.ok) set((state) => ({ people: upsert(state.people, result.value) }));
      return result;
    },
    deletePerson: async (id) => {
      const result = await call('people:delete', { id });
      if (result.ok) set((state) => ({ people: state.people.filter((p) => p.id !== id) }));
      return result;
    },
    restorePerson: async (id) => {
      const result = await call('people:restore', { id });
      if (result.ok) set((state) => ({ people: upsert(state.people, result.value) }));
      return result;
    },
  };
};
