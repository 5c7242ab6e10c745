import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

/** A tiny event source standing in for webContents and BrowserWindow. */
class Emitter {
  listeners = new Map<string, Array<(...args: unknown[]) => void>>();
  on(event: string, listener: (...args: unknown[]) => void) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: (...args: unknown[]) => void) {
    return this.on(event, listener);
  }
  emit(event: string, ...args: unknown[]) {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }
}

class FakeContents extends Emitter {
  openHandler: ((details: { url: string }) => { action: string }) | null = null;
  crashed = 0;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.openHandler = handler;
  }
  getURL() {
    return 'app://risalah/index.html';
  }
  forcefullyCrashRenderer() {
    this.crashed += 1;
  }
}

const electron = vi.hoisted(() => ({
  created: [] as Array<{ options: Record<string, unknown>; window: unknown }>,
  opened: [] as string[],
  notifications: [] as Array<{ options: { title: string; body: string }; shown: boolean; click: () => void }>,
  supported: true,
}));

vi.mock('electron', () => {
  class BrowserWindow extends Emitter {
    webContents = new FakeContents();
    loaded: string[] = [];
    maximized = false;
    constructor(readonly options: Record<string, unknown>) {
      super();
      electron.created.push({ options, window: this });
    }
    loadURL(url: string) {
      this.loaded.push(url);
      return Promise.resolve();
    }
    maximize() {
      this.maximized = true;
    }
    show() {}
  }
  class Notification {
    static isSupported = () => electron.supported;
    private record: (typeof electron.notifications)[number];
    constructor(options: { title: string; body: string }) {
      this.record = { options, shown: false, click: () => undefined };
      electron.notifications.push(this.record);
    }
    on(_event: 'click', listener: () => void) {
      this.record.click = listener;
    }
    show() {
      this.record.shown = true;
    }
  }
  return { BrowserWindow, Notification, shell: { openExternal: (url: string) => void electron.opened.push(url) } };
});

const { createMainWindow, hardenWebContents, recoveryPageUrl, rendererEntryUrl } =
  await import('../../../electron/main/windows/mainWindow');
const { createDesktopReminderNotifier } = await import('../../../electron/main/desktop/desktopNotifications');
const { createPdfPrinter } = await import('../../../electron/main/desktop/printToPdf');

beforeEach(() => {
  electron.created.length = 0;
  electron.opened.length = 0;
  electron.notifications.length = 0;
  electron.supported = true;
  delete process.env['ELECTRON_RENDERER_URL'];
});

type FakeWindow = Emitter & { webContents: FakeContents; loaded: string[]; maximized: boolean };

function open(maximized = false) {
  const log: string[] = [];
  const window = createMainWindow({
    state: { bounds: { x: 10, y: 20, width: 1200, height: 700 }, maximized },
    devTools: false,
    log: (m) => log.push(m),
    giveUp: () => log.push('gave up'),
  }) as unknown as FakeWindow;
  const created = electron.created[0];
  if (!created) throw new Error('no window created');
  return { window, options: created.options, log };
}

describe('windows/mainWindow (with a stand-in for Electron)', () => {
  it('creates the window with the hardened preferences and the restored bounds', () => {
    const { window, options } = open(true);
    expect(options).toMatchObject({
      x: 10,
      y: 20,
      width: 1200,
      height: 700,
      minWidth: 1024,
      minHeight: 640,
      show: false,
    });
    expect(options['webPreferences']).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
      navigateOnDragDrop: false,
      devTools: false,
    });
    expect(String((options['webPreferences'] as { preload: string }).preload)).toMatch(/preload[\\/]index\.js$/);
    expect(window.maximized).toBe(true);
    expect(window.loaded).toEqual(['app://risalah/index.html']);
  });

  it('gives the hidden PDF window the same hardened preferences (one factory), without spellcheck', async () => {
    open();
    const main = electron.created[0]?.options['webPreferences'] as Record<string, unknown>;
    electron.created.length = 0;
    // The stand-in cannot print: only the window it creates matters here.
    await createPdfPrinter(() => 'app://risalah/index.html')({} as never).catch(() => undefined);
    const pdf = electron.created[0]?.options['webPreferences'];
    expect(main).toMatchObject({ sandbox: true, contextIsolation: true, spellcheck: true, devTools: false });
    expect(pdf).toEqual({ ...main, spellcheck: false });
  });

  it('loads the dev server in development', () => {
    process.env['ELECTRON_RENDERER_URL'] = 'http://localhost:5173';
    expect(rendererEntryUrl()).toBe('http://localhost:5173/index.html');
    expect(recoveryPageUrl()).toBe('http://localhost:5173/recovery.html');
  });

  it('shows the recovery page when the renderer crashes, and ends a hung one', () => {
    vi.useFakeTimers();
    try {
      const { window, log } = open();
      window.webContents.emit('render-process-gone', {}, { reason: 'oom', exitCode: 1 });
      expect(window.loaded).toEqual(['app://risalah/index.html', 'app://risalah/recovery.html']);
      window.emit('unresponsive');
      vi.advanceTimersByTime(15_000);
      expect(window.webContents.crashed).toBe(1);
      expect(log.some((m) => m.includes('oom'))).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('denies new windows, sends only https links to the browser, and keeps navigation in the app', () => {
    const contents = new FakeContents();
    hardenWebContents(contents as never, 'app://risalah/index.html');
    expect(contents.openHandler?.({ url: 'https://jdih.kemendagri.go.id/' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'file:///C:/Windows/System32/calc.exe' })).toEqual({ action: 'deny' });
    expect(electron.opened).toEqual(['https://jdih.kemendagri.go.id/']);
    const navigate = (event: string, url: string) => {
      let prevented = false;
      contents.emit(event, { preventDefault: () => (prevented = true) }, url);
      return prevented;
    };
    expect(navigate('will-navigate', 'https://evil.example/')).toBe(true);
    expect(navigate('will-navigate', 'file:///home/n/Notula.docx')).toBe(true);
    expect(navigate('will-redirect', 'app://lain/index.html')).toBe(true);
    expect(navigate('will-navigate', 'app://risalah/index.html')).toBe(false);
    expect(navigate('will-attach-webview', 'app://risalah/index.html')).toBe(true);
  });
});

describe('desktop/desktopNotifications (with a stand-in for Electron)', () => {
  it('shows the day notification once and brings her to Tindak Lanjut on click', () => {
    const userData = mkdtempSync(join(tmpdir(), 'risalah-notif-'));
    let clicked = 0;
    const notifier = createDesktopReminderNotifier(userData, () => void (clicked += 1));
    expect(notifier.notifyIfDue({ overdue: 2, dueSoon: 1, withinDays: 7 }, '2026-11-27')).toBe(true);
    expect(notifier.notifyIfDue({ overdue: 2, dueSoon: 1, withinDays: 7 }, '2026-11-27')).toBe(false);
    expect(electron.notifications).toHaveLength(1);
    const [first] = electron.notifications;
    expect(first?.options.title).toBe('Pengingat Tindak Lanjut');
    expect(first?.shown).toBe(true);
    first?.click();
    expect(clicked).toBe(1);
    expect(JSON.parse(readFileSync(join(userData, 'pengingat.json'), 'utf8'))).toEqual({
      lastNotifiedOn: '2026-11-27',
    });
  });

  it('does nothing where the system has no notifications', () => {
    electron.supported = false;
    const notifier = createDesktopReminderNotifier(mkdtempSync(join(tmpdir(), 'risalah-notif-')), () => undefined);
    expect(notifier.notifyIfDue({ overdue: 2, dueSoon: 0, withinDays: 7 }, '2026-11-27')).toBe(false);
    expect(electron.notifications).toHaveLength(0);
  });
});
