import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNELS, type Api } from '../../shared/ipc/contract';

// One object of named functions built from the channel list; ipcRenderer itself never crosses.
const api = Object.fromEntries(
  IPC_CHANNELS.map((channel) => [channel, (input: unknown) => ipcRenderer.invoke(channel, input)]),
) as Api;

contextBridge.exposeInMainWorld('api', api);
