import { describe, expect, it } from 'vitest';
import type { UnitId } from '../../../shared/domain/ids';
import { ownerGroups } from '../../../shared/domain/ownerGroups';
import { seedMasterData } from '../support/preparationSeed';
import { useFollowUpDb } from '../support/useTempDb';

/*
 * Saved OPD groups (Kelompok OPD, issue 16 part 4 / issue 19 part 4), through the channels the app
 * calls: saved in her order, offered as owners of a commitment and as invitees of a meeting, with
 * a deactivated OPD dropping out and clear refusals for a bad name or an empty group.
 */
const { temp, ctx } = useFollowUpDb();

describe('saved OPD groups', () => {
  it('keeps her order, renames and replaces members, and frees the name when deleted', async () => {
    const { units } = seedMasterData(temp.db);
    const saved = await ctx.call('unitgroups:save', {
      name: 'Tim Percepatan Penurunan Stunting',
      unitIds: [units.dinkes, units.bappeda, units.pupr],
    });
    expect(saved.unitIds).toEqual([units.dinkes, units.bappeda, units.pupr]);

    const clash = await ctx.fail('unitgroups:save', {
      name: 'tim percepatan penurunan stunting',
      unitIds: [units.setda],
    });
    expect(clash.code).toBe('CONFLICT');
    expect(clash.message).toContain('Sudah ada kelompok OPD');

    const edited = await ctx.call('unitgroups:save', {
      id: saved.id,
      name: 'TPPS Kabupaten',
      unitIds: [units.pupr, units.dinkes],
    });
    expect(edited).toMatchObject({ id: saved.id, name: 'TPPS Kabupaten', unitIds: [units.pupr, units.dinkes] });
    expect(await ctx.call('unitgroups:list', {})).toEqual([edited]);

    await ctx.call('unitgroups:delete', { id: saved.id });
    expect(await ctx.call('unitgroups:list', {})).toEqual([]);
    // The name is free again; the deleted group is kept (audit) but never listed.
    await ctx.call('unitgroups:save', { name: 'TPPS Kabupaten', unitIds: [units.setda] });
    const audit = temp.db
      .prepare("SELECT operation FROM audit_log WHERE entity = 'unit_group' ORDER BY rowid")
      .pluck()
      .all();
    expect(audit).toEqual(['create', 'update', 'delete', 'create']);
  });

  it('refuses an empty group, a blank name and an unknown OPD with Indonesian messages', async () => {
    const { units } = seedMasterData(temp.db);
    expect((await ctx.fail('unitgroups:save', { name: 'Kosong', unitIds: [] })).message).toContain(
      'sedikitnya satu OPD',
    );
    expect((await ctx.fail('unitgroups:save', { name: '  ', unitIds: [units.dinkes] })).code).toBe('INVALID_INPUT');
    const unknown = await ctx.fail('unitgroups:save', {
      name: 'Hantu',
      unitIds: ['0b7f6a3c-2f7e-4c1a-9f59-2d1e3c4b5a69' as UnitId],
    });
    expect(unknown.message).toContain('sudah dihapus');
    expect(await ctx.call('unitgroups:list', {})).toEqual([]);
  });

  it('drops a deactivated OPD from the group and offers the group among the owner groups', async () => {
    const { units } = seedMasterData(temp.db);
    const group = await ctx.call('unitgroups:save', {
      name: 'Tim Jalan Desa',
      unitIds: [units.pupr, units.bappeda, units.dinkes],
    });
    await ctx.call('units:set-active', { id: units.bappeda, active: false });
    const [listed] = await ctx.call('unitgroups:list', {});
    expect(listed?.unitIds).toEqual([units.pupr, units.dinkes]);

    const all = await ctx.call('units:list', {});
    const offered = ownerGroups(all, [], listed ? [listed] : []).find((g) => g.key === `saved:${group.id}`);
    expect(offered).toMatchObject({ label: 'Tim Jalan Desa', unitIds: [units.pupr, units.dinkes] });
  });

  it('invites a saved group in its order, once each, and says what was already on the list', async () => {
    const { units } = seedMasterData(temp.db);
    const group = await ctx.call('unitgroups:save', { name: 'Tim Jalan Desa', unitIds: [units.pupr, units.dinkes] });
    const { id: meetingId } = await ctx.call('meetings:create', {
      title: 'Rapat Jalan Desa',
      date: '2026-12-10',
      place: 'Aula Setda',
    });
    await ctx.call('attendance:invite', { meetingId, unitIds: [units.dinkes], personIds: [] });

    const result = await ctx.call('attendance:invite-group', {
      meetingId,
      group: 'SAVED_GROUP',
      unitGroupId: group.id,
    });
    expect(result).toMatchObject({ added: 1, skipped: 1 });
    const unitRows = result.attendees.map((a) => a.unitId).filter((id) => id !== null);
    expect(unitRows).toContain(units.pupr);

    const missing = await ctx.fail('attendance:invite-group', { meetingId, group: 'SAVED_GROUP' });
    expect(missing.message).toBe('Pilih kelompok OPD yang akan diundang.');
  });
});
