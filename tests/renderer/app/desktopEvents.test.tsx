import { act, screen } from '@testing-library/react';
import { useState, type ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Route, Routes, useLocation } from 'react-router-dom';
import {
  onAppCommand,
  resetAppCommands,
  runAppCommand,
  useAppCommand,
  type OpenedFile,
} from '../../../renderer/src/app/appCommands';
import { useDesktopEvents } from '../../../renderer/src/app/useDesktopEvents';
import { MeetingsPage } from '../../../renderer/src/features/meetings/MeetingsPage';
import { onAppEvent, setApi } from '../../../renderer/src/lib/api';
import { IPC_CHANNELS } from '../../../shared/ipc/contract';
import type { AppEventName, AppEvents, EventsApi } from '../../../shared/ipc/events';
import { fakeApi } from '../support/fakeApi';
import { renderWithProviders } from '../support/renderApp';
import { freshAppEachTest } from '../support/freshApp';

/** Stands in for the preload's api.on: records subscriptions and lets the test push. */
function fakeEvents() {
  const subscribers = new Map<AppEventName, Array<(payload: never) => void>>();
  const on: EventsApi['on'] = (event, callback) => {
    subscribers.set(event, [...(subscribers.get(event) ?? []), callback as (payload: never) => void]);
    return () =>
      subscribers.set(
        event,
        (subscribers.get(event) ?? []).filter((c) => c !== callback),
      );
  };
  const push = <E extends AppEventName>(event: E, payload: AppEvents[E]) =>
    act(() => (subscribers.get(event) ?? []).forEach((c) => c(payload as never)));
  return { on, push, count: (event: AppEventName) => subscribers.get(event)?.length ?? 0 };
}

function Where() {
  return <output aria-label="lokasi">{useLocation().pathname}</output>;
}

function Frame({ children }: { children: ReactNode }) {
  useDesktopEvents();
  return (
    <>
      <Where />
      {children}
    </>
  );
}

/** The app's frame at "/" with one screen routed at path; every other path is the home page. */
function renderAt(path: string, screenElement: ReactNode) {
  return renderWithProviders(
    <Routes>
      <Route
        path="*"
        element={
          <Frame>
            <Routes>
              <Route path={path} element={screenElement} />
              <Route path="*" element={<p>Beranda</p>} />
            </Routes>
          </Frame>
        }
      />
    </Routes>,
  );
}

function VerifyStub() {
  const [file, setFile] = useState<OpenedFile | null>(null);
  useAppCommand('open-file:verify', setFile);
  return <p>{file ? `Memeriksa ${file.name} (${file.fileId})` : 'Belum ada berkas'}</p>;
}

freshAppEachTest();
beforeEach(() => resetAppCommands());
afterEach(() => {
  delete window.api;
});

describe('desktop events in the renderer', () => {
  it('subscribes to nothing in the web shell', () => {
    expect(window.api).toBeUndefined();
    const off = onAppEvent('app:command', () => undefined);
    expect(() => off()).not.toThrow();
  });

  it('Berkas → Rapat Baru goes to Rapat and opens the new-meeting form', async () => {
    const events = fakeEvents();
    // Every list the meetings screen and its form load answers empty, whatever lists colleagues add.
    const lists = Object.fromEntries(
      IPC_CHANNELS.filter((c) => c.endsWith(':list')).map((c) => [c, () => ({ ok: true, value: [] })]),
    );
    const api = fakeApi(lists);
    setApi(api);
    window.api = Object.assign(api, { on: events.on });
    renderAt('/rapat', <MeetingsPage />);
    expect(screen.getByLabelText('lokasi')).toHaveTextContent('/');
    expect(events.count('app:command')).toBe(1);
    events.push('app:command', { command: 'new-meeting' });
    expect(screen.getByLabelText('lokasi')).toHaveTextContent('/rapat');
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent(/Rapat baru/i);
  });

  it('a file handed to the app opens verification with its staged id, never a path', async () => {
    const events = fakeEvents();
    window.api = Object.assign(fakeApi({}), { on: events.on });
    renderAt('/verifikasi', <VerifyStub />);
    events.push('app:open-file', {
      fileId: '3f0c2b1e-0000-4000-8000-000000000001',
      name: 'Notula.docx',
      purpose: 'verify',
    });
    expect(screen.getByLabelText('lokasi')).toHaveTextContent('/verifikasi');
    expect(await screen.findByText('Memeriksa Notula.docx (3f0c2b1e-0000-4000-8000-000000000001)')).toBeInTheDocument();
  });

  it('unsubscribes when the frame unmounts', () => {
    const events = fakeEvents();
    window.api = Object.assign(fakeApi({}), { on: events.on });
    const view = renderWithProviders(<Frame>{null}</Frame>);
    expect(events.count('app:open-file')).toBe(1);
    view.unmount();
    expect(events.count('app:open-file')).toBe(0);
    expect(events.count('app:command')).toBe(0);
  });
});

describe('appCommands', () => {
  it('gives a command to the newest screen that handles it', () => {
    const got: string[] = [];
    const offA = onAppCommand('search', () => got.push('a'));
    onAppCommand('search', () => got.push('b'));
    expect(runAppCommand('search')).toBe(true);
    offA();
    expect(got).toEqual(['b']);
  });

  it('keeps a command for a screen that mounts shortly after, but not for ever', () => {
    const got: unknown[] = [];
    expect(runAppCommand('shortcuts', undefined, 1_000)).toBe(false);
    onAppCommand('shortcuts', () => got.push('now'), 2_000);
    expect(got).toEqual(['now']);
    runAppCommand('follow-up', undefined, 1_000);
    onAppCommand('follow-up', () => got.push('late'), 60_000);
    expect(got).toEqual(['now']);
  });
});
