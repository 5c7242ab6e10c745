import type { StateCreator } from 'zustand';
import type { PersonId, UnitGroupId, UnitId } from '../../../shared/domain/ids';
import type { Person, PersonFields, Unit, UnitFields, UnitGroup } from '../../../shared/domain/masterData';
import type { PersonListQuery, UnitGroupInput } from '../../../shared/ipc/masterDataContract';
import type { MasterImportPreview, MasterImportResult } from '../../../shared/ipc/importContract';
import type { IpcResult } from '../../../shared/ipc/result';
import { call } from '../lib/api';
import type { AppState } from './index';
import type { LoadState } from './loadState';
import { dropFrom, emptyList, loadInto, loadList, mergeInto, settle } from './storeActions';

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
  /** Every official for a picker, apart from the searched Pejabat list. */
  pickerPeople: () => Promise<IpcResult<ReadonlyArray<Person>>>;
  /** Officials and units for the meeting's pickers. */
  pickerData: () => Promise<[IpcResult<ReadonlyArray<Person>>, IpcResult<ReadonlyArray<Unit>>]>;
  /** Saved OPD groups (Kelompok OPD), by name. */
  unitGroups: ReadonlyArray<UnitGroup>;
  unitGroupsLoad: LoadState;
  loadUnitGroups: () => Promise<void>;
  saveUnitGroup: (input: UnitGroupInput) => Promise<IpcResult<UnitGroup>>;
  deleteUnitGroup: (id: UnitGroupId) => Promise<IpcResult<{ id: UnitGroupId }>>;
  previewMasterImport: (fileId: string) => Promise<IpcResult<MasterImportPreview>>;
  applyMasterImport: (fileId: string) => Promise<IpcResult<MasterImportResult>>;
  /** "Batalkan" while it is written: the apply then answers that nothing was saved. */
  cancelMasterImport: () => Promise<IpcResult<{ cancelled: boolean }>>;
};

const byName = <T extends { name: string; active: boolean }>(a: T, b: T) =>
  Number(b.active) - Number(a.active) || a.name.localeCompare(b.name, 'id', { sensitivity: 'base' });

const byGroupName = (a: UnitGroup, b: UnitGroup) => a.name.localeCompare(b.name, 'id', { sensitivity: 'base' });

export const createMasterDataSlice: StateCreator<AppState, [], [], MasterDataSlice> = (set, get) => {
  /** A unit's name shows in every official's row: re-read them after a unit changes. */
  const refreshPeopleIfLoaded = () => {
    if (get().peopleLoad.status !== 'idle') void get().loadPeople();
  };
  const upsertUnit = mergeInto(set, 'units', byName);
  const upsertPerson = mergeInto(set, 'people', byName);
  return {
    ...emptyList('units'),
    ...emptyList('people'),
    peopleQuery: { includeInactive: true },
    loadUnits: loadList(set, 'units', () => call('units:list', { includeInactive: true })),
    loadPeople: async (query) => {
      const wanted = query ?? get().peopleQuery;
      set({ peopleQuery: wanted });
      // A slower answer to an older query must not overwrite a newer one.
      const stillWanted = () => get().peopleQuery === wanted;
      const setLoad = (peopleLoad: LoadState) => stillWanted() && set({ peopleLoad });
      await loadInto(setLoad, call('people:list', wanted), (people) => set({ people }), stillWanted);
    },
    saveUnit: (fields, id) =>
      settle(id ? call('units:update', { ...fields, id }) : call('units:create', fields), (unit) => {
        upsertUnit(unit);
        if (id) refreshPeopleIfLoaded();
      }),
    setUnitActive: (id, active) => settle(call('units:set-active', { id, active }), upsertUnit),
    deleteUnit: (id) => settle(call('units:delete', { id }), () => dropFrom(set, 'units', id)),
    restoreUnit: (id) => settle(call('units:restore', { id }), upsertUnit),
    savePerson: (fields, id) =>
      settle(id ? call('people:update', { ...fields, id }) : call('people:create', fields), upsertPerson),
    setPersonActive: (id, active) => settle(call('people:set-active', { id, active }), upsertPerson),
    deletePerson: (id) => settle(call('people:delete', { id }), () => dropFrom(set, 'people', id)),
    restorePerson: (id) => settle(call('people:restore', { id }), upsertPerson),
    pickerPeople: () => call('people:list', {}),
    pickerData: () => Promise.all([get().pickerPeople(), call('units:list', {})]),
    ...emptyList('unitGroups'),
    loadUnitGroups: loadList(set, 'unitGroups', () => call('unitgroups:list', {})),
    saveUnitGroup: (input) => settle(call('unitgroups:save', input), mergeInto(set, 'unitGroups', byGroupName)),
    deleteUnitGroup: (id) => settle(call('unitgroups:delete', { id }), () => dropFrom(set, 'unitGroups', id)),
    previewMasterImport: (fileId) => call('import:preview-master', { fileId }),
    applyMasterImport: (fileId) => call('import:apply-master', { fileId }),
    cancelMasterImport: () => call('import:cancel-master', {}),
  };
};
