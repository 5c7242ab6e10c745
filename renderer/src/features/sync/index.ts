export { SyncSettings } from './SyncSettings';
export { SyncIndicator } from './SyncIndicator';
