import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { notulaSample } from '../../../electron/main/templates/sampleTemplates';
import { approve, buildMeeting, type World } from '../approval/approvalWorld';
import { takeDelivered } from '../support/followUpContext';
import { openTempDb, type TempDb } from '../support/tempDb';
import { paragraphTexts, partOf } from './templateFixtures';

/*
 * An approved version printed through the office template comes from its snapshot: renaming
 * the chair afterwards changes nothing in it, and the same export is the same bytes; the DRAF
 * mark of the template (`dokumen.draf`) is gone once approved.
 */
let temp: TempDb;
let world: World;
beforeEach(async () => {
  temp = openTempDb();
  world = await buildMeeting(temp);
  const staged = world.ctx.files.stage('template', 'Notula kantor.docx', await notulaSample());
  await world.ctx.call('doctemplates:upload', { kind: 'NOTULA', fileId: staged.fileId });
});
afterEach(() => temp.dispose());

async function exportNotula(): Promise<Buffer> {
  const input = {
    meetingId: world.meetingId,
    kinds: ['NOTULA'],
    paper: 'F4',
    readyForTte: false,
    fileName: '',
  } as const;
  return takeDelivered(world.ctx, await world.ctx.call('documents:export', input)).bytes;
}

describe('office templates of an approved version', () => {
  it('prints the snapshot, not the live data, and the same bytes each time', async () => {
    const draft = paragraphTexts(await partOf(await exportNotula()));
    expect(draft).toContain('NOTULA (DRAF)');

    await approve(world);
    const first = await exportNotula();
    const texts = paragraphTexts(await partOf(first));
    expect(texts).toContain('NOTULA ');
    expect(texts).toContain('Nama Wakil Bupati Contoh, S.E.');

    world.ctx.setNow('2026-12-02T03:00:00Z');
    temp.db.prepare('UPDATE people SET name = ? WHERE id = ?').run('Nama Lain', world.seeded.people.wabup);
    const again = await exportNotula();
    expect(paragraphTexts(await partOf(again))).not.toContain('Nama Lain');
    expect(again.equals(first)).toBe(true);
  });
});
