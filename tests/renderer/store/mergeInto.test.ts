import { describe, expect, it } from 'vitest';
import type { AgendaTemplate } from '../../../shared/domain/agenda';
import type { TemplateId, UnitGroupId, UnitId } from '../../../shared/domain/ids';
import { setApi } from '../../../renderer/src/lib/api';
import { useAppStore } from '../../../renderer/src/store';
import { fakeApi } from '../support/fakeApi';
import { freshAppEachTest } from '../support/freshApp';
import { ok, otherUnit, unit } from '../support/records';

freshAppEachTest();

function template(name: string, builtIn = false): AgendaTemplate {
  const id = `${name.length}0000000-0000-4000-8000-00000000000${builtIn ? 1 : 2}` as TemplateId;
  return { id, name, builtIn, items: [], createdAt: 1, updatedAt: 1 };
}

describe('store lists merge what main saved (mergeInto) and start empty (emptyList)', () => {
  it('opens every list of Data Master empty and not yet asked', () => {
    const state = useAppStore.getState();
    for (const key of ['units', 'people', 'unitGroups', 'templates', 'series'] as const) {
      expect(state[key]).toEqual([]);
      expect(state[`${key}Load`]).toEqual({ status: 'idle' });
    }
  });

  it('puts a saved OPD in place of its old self, active ones first then by name', async () => {
    const dinkes = unit({});
    const setda = otherUnit(3, { code: 'SETDA', name: 'Sekretariat Daerah', shortName: '' });
    const arsip = otherUnit(4, { code: 'ARSIP', name: 'Arsip Daerah', shortName: '', active: false });
    useAppStore.setState({ units: [dinkes, setda, arsip] });
    const renamed = { ...dinkes, name: 'Badan Kesehatan' };
    setApi(fakeApi({ 'units:update': () => ok(renamed) }));

    await useAppStore
      .getState()
      .saveUnit({ code: 'DINKES', name: renamed.name, shortName: '', kind: 'dinas' }, dinkes.id);

    expect(useAppStore.getState().units).toEqual([renamed, setda, arsip]);
  });

  it('keeps the shipped template first when another is renamed to sort before it', async () => {
    const builtIn = template('Rakor', true);
    const own = template('Zonasi');
    useAppStore.setState({ templates: [builtIn, own] });
    setApi(fakeApi({ 'templates:rename': () => ok({ ...own, name: 'Anggaran' }) }));

    await useAppStore.getState().renameTemplate(own.id, 'Anggaran');

    expect(useAppStore.getState().templates.map((t) => t.name)).toEqual(['Rakor', 'Anggaran']);
  });

  it('adds a new Kelompok OPD among the others by name, whatever the case', async () => {
    const group = (id: string, name: string) => ({
      id: id as UnitGroupId,
      name,
      unitIds: ['u' as UnitId],
      updatedAt: 1,
    });
    useAppStore.setState({ unitGroups: [group('1', 'bidang ekonomi'), group('2', 'Tim Jalan')] });
    setApi(fakeApi({ 'unitgroups:save': () => ok(group('3', 'Kesehatan')) }));

    await useAppStore.getState().saveUnitGroup({ name: 'Kesehatan', unitIds: ['u' as UnitId] });

    expect(useAppStore.getState().unitGroups.map((g) => g.name)).toEqual(['bidang ekonomi', 'Kesehatan', 'Tim Jalan']);
  });
});
