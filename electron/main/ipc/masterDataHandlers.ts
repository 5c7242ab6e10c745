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

export const masterDataHandlers: { [C in keyof MasterDataContract]: Handler<C> } = {
  'units:list': (input, ctx) => listUnits(ctx.db, input),
  'units:create': (input, ctx) => createUnit(ctx.db, input, writeContext(ctx)),
  'units:update': (input, ctx) => updateUnit(ctx.db, input, writeContext(ctx)),
  'units:set-active': (input, ctx) => setUnitActive(ctx.db, input.id, input.active, writeContext(ctx)),
  'units:delete': (input, ctx) => deleteUnit(ctx.db, input.id, writeContext(ctx)),
  'units:restore': (input, ctx) => restoreUnit(ctx.db, input.id, writeContext(ctx)),
  'people:list': (input, ctx) => listPeople(ctx.db, input),
  'people:create': (input, ctx) => createPerson(ctx.db, input, writeContext(ctx)),
  'people:update': (input, ctx) => updatePerson(ctx.db, input, writeContext(ctx)),
  'people:set-active': (input, ctx) => setPersonActive(ctx.db, input.id, input.active, writeContext(ctx)),
  'people:delete': (input, ctx) => deletePerson(ctx.db, input.id, writeContext(ctx)),
  'people:restore': (input, ctx) => restorePerson(ctx.db, input.id, writeContext(ctx)),
  'unitgroups:list': (_input, ctx) => listUnitGroups(ctx.db),
  'unitgroups:save': (input, ctx) => saveUnitGroup(ctx.db, input, writeContext(ctx)),
  'unitgroups:delete': (input, ctx) => deleteUnitGroup(ctx.db, input.id, writeContext(ctx)),
};
