// The public face of this feature: other features import only what is listed here (eslint local/feature-boundaries).
export { CarryOverPanel } from './CarryOverPanel';
export { FollowUpHomeCard } from './FollowUpHomeCard';
export { MeetingFollowUpTab } from './MeetingFollowUpTab';
export { ReminderSettings } from './ReminderSettings';
