import type { MasterDataContract } from '../../../shared/ipc/masterDataContract';
import {
  createPerson,
  deletePerson,
  listPeople,
  restorePerson,
  setPersonActive,
  updatePerson,
} from '../repositories/peopleRepository';
import {
  createUnit,
  deleteUnit,
  listUnits,
  restoreUnit,
  setUnitActive,
  updateUnit,
} from '../repositories/unitsRepository';
import { deleteUnitGroup, listUnitGroups, saveUnitGroup } from '../repositories/unitGroupsRepository';
import { writeContext, type Handler } from './handlerTypes';
import { readsAll, readsInput, writesById, writesInput } from './handlerShapes';

export const masterDataHandlers: { [C in keyof MasterDataContract]: Handler<C> } = {
  'units:list': readsInput(listUnits),
  'units:create': writesInput(createUnit),
  'units:update': writesInput(updateUnit),
  'units:set-active': (input, ctx) => setUnitActive(ctx.db, input.id, input.active, writeContext(ctx)),
  'units:delete': writesById(deleteUnit),
  'units:restore': writesById(restoreUnit),
  'people:list': readsInput(listPeople),
  'people:create': writesInput(createPerson),
  'people:update': writesInput(updatePerson),
  'people:set-active': (input, ctx) => setPersonActive(ctx.db, input.id, input.active, writeContext(ctx)),
  'people:delete': writesById(deletePerson),
  'people:restore': writesById(restorePerson),
  'unitgroups:list': readsAll(listUnitGroups),
  'unitgroups:save': writesInput(saveUnitGroup),
  'unitgroups:delete': writesById(deleteUnitGroup),
};
