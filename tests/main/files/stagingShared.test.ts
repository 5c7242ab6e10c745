import { MessageChannel } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { createStagingArea } from '../../../electron/main/files/stagingArea';

/*
 * Issue 15: staged files live in shared memory, so handing one to a worker (an import check,
 * an archive being unpacked) shares it instead of copying tens of MB on the main thread.
 */
describe('staged bytes', () => {
  it('are kept in shared memory with the same content, and cross a message port without a copy', async () => {
    const staging = createStagingArea();
    const original = Buffer.from('nama,jabatan\nIbu Sekretaris,Sekda\n');
    const { fileId } = staging.stage('pejabat.csv', original);
    const { bytes } = staging.read(fileId);
    expect(bytes.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(bytes.equals(original)).toBe(true);

    const { port1, port2 } = new MessageChannel();
    const received = new Promise<Uint8Array>((resolve) => port2.once('message', resolve));
    port1.postMessage(bytes);
    const other = await received;
    bytes[0] = 'N'.charCodeAt(0); // the receiver sees the same memory
    expect(String.fromCharCode(other[0] ?? 0)).toBe('N');
    port1.close();
  });
});
