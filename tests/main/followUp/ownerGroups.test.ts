import { describe, expect, it } from 'vitest';
import { invitedUnits, ownerGroups } from '../../../shared/domain/ownerGroups';
import { seedMasterData } from '../support/preparationSeed';
import { useFollowUpDb } from '../support/useTempDb';

/*
 * Issue 16: "Seluruh OPD yang diundang" on a commitment, through the channels the app uses:
 * the units on the invitation list (a unit row and a person's unit, a guest ignored) become
 * one owner each, and each owner keeps its own status when one of them reports.
 */
const { temp, ctx } = useFollowUpDb();

describe('owner groups on a commitment', () => {
  it('gives one owner per invited OPD, in the invitation order, each with its own status', async () => {
    const { units, people } = seedMasterData(temp.db);
    const { id: meetingId } = await ctx.call('meetings:create', {
      title: 'Rakor Kepala OPD',
      date: '2026-11-27',
      place: 'Ruang Rapat Bupati',
    });
    await ctx.call('attendance:invite', {
      meetingId,
      unitIds: [units.pupr, units.dinkes],
      personIds: [people.kabappeda, people.sekdinkes],
    });
    await ctx.call('attendance:add-guest', {
      meetingId,
      name: 'Ir. Tamu Contoh',
      position: 'Konsultan',
      agency: 'PT Contoh',
      status: 'HADIR',
    });

    const list = await ctx.call('attendance:list', { meetingId });
    const all = await ctx.call('units:list', {});
    const invited = ownerGroups(all, invitedUnits(list.attendees, all)).find((group) => group.key === 'INVITED');
    expect(invited?.unitIds).toEqual([units.pupr, units.dinkes, units.bappeda]);
    // Seluruh OPD: every active unit, Setda included, which was not invited.
    expect(ownerGroups(all, []).find((group) => group.key === 'ALL')?.unitIds).toContain(units.setda);

    const created = await ctx.call('commitments:create', {
      meetingId,
      agendaItemId: null,
      text: 'Menyusun peta jalan reformasi birokrasi 2027.',
      dueDate: '2027-01-31',
      ownerUnitIds: invited?.unitIds ?? [],
      programTag: '',
      fundingSource: '',
    });
    expect(created.owners.map((owner) => owner.unitId).sort()).toEqual(
      [units.pupr, units.dinkes, units.bappeda].sort(),
    );
    expect(created.owners.every((owner) => owner.status === 'BELUM')).toBe(true);

    const detail = await ctx.call('followup:get', { id: created.id });
    const dinkes = detail.owners.find((owner) => owner.unitId === units.dinkes);
    if (!dinkes) throw new Error('Dinkes is no owner');
    const after = await ctx.call('followup:add-update', {
      ownerId: dinkes.id,
      reportedOn: '2026-11-28',
      status: 'SELESAI',
      reason: '',
      text: 'Peta jalan disahkan.',
      percent: 100,
      links: [],
      fileIds: [],
    });
    const statuses = Object.fromEntries(after.owners.map((owner) => [owner.unitId, owner.status]));
    expect(statuses).toEqual({ [units.pupr]: 'BELUM', [units.dinkes]: 'SELESAI', [units.bappeda]: 'BELUM' });
  });
});
