import { describe, expect, it } from 'vitest';
import { createEventPusher, type PushTarget } from '../../../electron/main/desktop/eventPusher';
import { APP_EVENT_NAMES, isAppEventName } from '../../../shared/ipc/events';
import { IPC_CHANNELS } from '../../../shared/ipc/contract';

function target(): PushTarget & { sent: Array<[string, unknown]>; destroyed: boolean } {
  const t = {
    sent: [] as Array<[string, unknown]>,
    destroyed: false,
    send: (channel: string, payload: unknown) => void t.sent.push([channel, payload]),
    isDestroyed: () => t.destroyed,
  };
  return t;
}

const file = { fileId: '3f0c2b1e-0000-4000-8000-000000000001', name: 'Notula.docx', purpose: 'verify' as const };

describe('createEventPusher', () => {
  it('holds a file opened at launch until the page listens, then sends it once', () => {
    const pusher = createEventPusher();
    const page = target();
    pusher.push('app:open-file', file);
    pusher.attach(page);
    expect(page.sent).toEqual([]);
    pusher.markReady('app:command');
    expect(page.sent).toEqual([]);
    pusher.markReady('app:open-file');
    expect(page.sent).toEqual([['app:open-file', file]]);
    pusher.markReady('app:open-file');
    expect(page.sent).toHaveLength(1);
  });

  it('sends at once to a listening page', () => {
    const pusher = createEventPusher();
    const page = target();
    pusher.attach(page);
    pusher.markReady('app:command');
    pusher.push('app:command', { command: 'search' });
    expect(page.sent).toEqual([['app:command', { command: 'search' }]]);
  });

  it('starts over when a new page loads (reload, recovery page)', () => {
    const pusher = createEventPusher();
    const page = target();
    pusher.attach(page);
    pusher.markReady('app:command');
    pusher.attach(page);
    pusher.push('app:command', { command: 'new-meeting' });
    expect(page.sent).toEqual([]);
    expect(pusher.pendingCount()).toBe(1);
  });

  it('never sends to a destroyed page, and keeps at most 20 waiting', () => {
    const pusher = createEventPusher();
    const page = target();
    pusher.attach(page);
    page.destroyed = true;
    pusher.markReady('app:command');
    for (let i = 0; i < 50; i += 1) pusher.push('app:command', { command: 'search' });
    expect(page.sent).toEqual([]);
    expect(pusher.pendingCount()).toBe(20);
  });
});

describe('shared/ipc/events', () => {
  it('names events apart from the invoke channels', () => {
    for (const name of APP_EVENT_NAMES) expect(IPC_CHANNELS as ReadonlyArray<string>).not.toContain(name);
    expect(isAppEventName('app:open-file')).toBe(true);
    expect(isAppEventName('meetings:list')).toBe(false);
    expect(isAppEventName(42)).toBe(false);
  });
});
