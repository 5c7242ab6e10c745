import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/main/ipc/dispatch';
import type { HandlerContext } from '../../../electron/main/ipc/handlerTypes';
import type { Delivery } from '../../../shared/domain/files';
import { MEETING_TITLE, prepareMeeting, type PreparedMeeting } from '../../fixtures/document/meetingScript';
import { followUpContext, quietLog, type FollowUpTestContext } from '../support/followUpContext';
import { recordingRunner, useWorkersDb } from '../support/workersDb';

/*
 * documents:export reads the meeting on the main thread and renders the DOCX files in the
 * export worker: what she downloads is the same document either way.
 */
const world = useWorkersDb();
let ctx: FollowUpTestContext;
let prepared: PreparedMeeting;
const jobs: string[] = [];
const counting = recordingRunner(world.workers, jobs);

beforeAll(async () => {
  ctx = followUpContext(world.temp, '2026-11-28T03:00:00Z');
  prepared = await prepareMeeting(ctx.call);
}, 60_000);

async function notulaXml(context: HandlerContext): Promise<{ names: string[]; xml: string }> {
  const result = await dispatch(
    'documents:export',
    { meetingId: prepared.meetingId, kinds: ['NOTULA', 'DAFTAR_HADIR'], paper: 'F4', readyForTte: false, fileName: '' },
    context,
    quietLog,
  );
  if (!result.ok) throw new Error(result.error.message);
  const delivery = result.value as Delivery;
  if (delivery.kind !== 'download') throw new Error(delivery.kind);
  const taken = ctx.files.takeDownload(delivery.downloadId);
  const zip = await JSZip.loadAsync(taken?.bytes ?? new Uint8Array());
  const notula = await zip.file(`Notula ${MEETING_TITLE} 2026-11-27.docx`)?.async('uint8array');
  const xml =
    (await (await JSZip.loadAsync(notula ?? new Uint8Array())).file('word/document.xml')?.async('string')) ?? '';
  return { names: Object.keys(zip.files).sort(), xml };
}

describe('documents:export through the export worker', () => {
  it('hands out the same documents as rendering them here', async () => {
    const here = await notulaXml(ctx);
    const inWorker = await notulaXml({ ...ctx, workers: counting });
    expect(jobs).toEqual(['export:pack-documents']);
    expect(inWorker.names).toEqual(here.names);
    expect(inWorker.xml.length).toBeGreaterThan(1000);
    expect(inWorker.xml).toBe(here.xml);
  }, 60_000);
});
