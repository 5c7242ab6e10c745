import { Stack } from '@mantine/core';
import type { MeetingTabProps } from '../../components/meetingTab';
import { CarryOverPanel } from './CarryOverPanel';
import { MeetingCommitments } from './MeetingCommitments';

/**
 * The meeting page's "Tindak Lanjut" tab: the commitments made in this meeting, then, apart,
 * those carried over from the series' earlier meetings (live until approval, then frozen).
 */
export function MeetingFollowUpTab({ meeting }: MeetingTabProps) {
  return (
    <Stack gap="xl">
      <MeetingCommitments meetingId={meeting.id} />
      <CarryOverPanel meetingId={meeting.id} meetingDate={meeting.date} />
    </Stack>
  );
}
