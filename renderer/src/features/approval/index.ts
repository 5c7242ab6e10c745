// The public face of this feature: other features import only what is listed here (eslint local/feature-boundaries).
export { ApprovalBar } from './ApprovalBar';
export { HistoryTab } from './HistoryTab';
export { ReadOnlyWhen, useMeetingLocked } from './ReadOnlyWhen';
