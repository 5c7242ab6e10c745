import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC_CHANNELS, type Api } from '../../shared/ipc/contract';
import { EVENTS_READY_CHANNEL, isAppEventName, type EventsApi } from '../../shared/ipc/events';

// One object of named functions built from the channel list; ipcRenderer itself never crosses.
const calls = Object.fromEntries(
  IPC_CHANNELS.map((channel) => [channel, (input: unknown) => ipcRenderer.invoke(channel, input)]),
) as Api;

// Main -> renderer pushes, only for the events of shared/ipc/events.ts; the IPC event object stays here.
const on: EventsApi['on'] = (event, callback) => {
  if (!isAppEventName(event)) throw new Error(`Unknown event: ${String(event)}`);
  const listener = (_event: IpcRendererEvent, payload: unknown) => callback(payload as Parameters<typeof callback>[0]);
  ipcRenderer.on(event, listener);
  ipcRenderer.send(EVENTS_READY_CHANNEL, event);
  return () => {
    ipcRenderer.removeListener(event, listener);
  };
};

contextBridge.exposeInMainWorld('api', { ...calls, on });
