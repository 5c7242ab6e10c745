import type { MeetingTabProps } from '../../components/meetingTab';
import { CarryOverPanel } from './CarryOverPanel';

/** The meeting page's "Tindak Lanjut" tab: what is carried over from the series' earlier meetings. */
export function MeetingFollowUpTab({ meeting }: MeetingTabProps) {
  return <CarryOverPanel meetingId={meeting.id} meetingDate={meeting.date} />;
}
