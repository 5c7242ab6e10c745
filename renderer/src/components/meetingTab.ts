import type { MeetingDetail } from '../../../shared/domain/meeting';

/**
 * What the meeting page gives each of its tabs. It lives here, not in
 * features/meeting/meetingTabs.tsx, because the tabs of other features import it and
 * the meeting page imports those tabs: the type there closed an import loop.
 */
export type MeetingTabProps = Readonly<{ meeting: MeetingDetail }>;
