import { Box, Divider, ScrollArea, Tabs } from '@mantine/core';
import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../../../shared/domain/agenda';
import type { AttendanceList } from '../../../../shared/domain/attendee';
import type { Commitment, Decision } from '../../../../shared/domain/captures';
import type { MeetingId } from '../../../../shared/domain/ids';
import { CarryOverPanel } from '../followUp';
import { AttendanceQuickList } from './AttendanceQuickList';
import { CommitmentList, DecisionList } from './CaptureLists';

export type RightTab = 'decisions' | 'commitments' | 'attendance';

type Props = Readonly<{
  tab: RightTab;
  onTab: (tab: RightTab) => void;
  decisions: ReadonlyArray<Decision>;
  commitments: ReadonlyArray<Commitment>;
  agenda: ReadonlyArray<AgendaItem>;
  attendance: AttendanceList | undefined;
  meetingId: MeetingId;
  meetingDate: string;
  timeZone: string;
  started: boolean;
  locked: boolean;
  onEditDecision: (decision: Decision) => void;
  onEditCommitment: (commitment: Commitment) => void;
}>;

/** The right pane: what was captured (editable, removable) and who is in the room. */
export const CapturesPane = forwardRef<HTMLInputElement, Props>(function CapturesPane(props, attendanceFilterRef) {
  const { t } = useTranslation('live');
  const { tab, onTab, decisions, commitments, agenda, attendance } = props;
  const present = attendance ? `${attendance.totals.present}/${attendance.totals.invited}` : '0';
  return (
    <Tabs
      keepMounted={false}
      value={tab}
      onChange={(value) => value && onTab(value as RightTab)}
      h="100%"
      style={{ display: 'flex', flexDirection: 'column', minHeight: 0 }}
      aria-label={t('panes.captures')}
    >
      <Tabs.List grow>
        <Tabs.Tab value="decisions" px={4} fz="xs">
          {t('list.decisions')} ({decisions.length})
        </Tabs.Tab>
        <Tabs.Tab value="commitments" px={4} fz="xs">
          {t('list.commitments')} ({commitments.length})
        </Tabs.Tab>
        <Tabs.Tab value="attendance" px={4} fz="xs">
          {t('list.attendance')} ({present})
        </Tabs.Tab>
      </Tabs.List>
      <Box pt="xs" style={{ flex: 1, minHeight: 0 }}>
        <Tabs.Panel value="decisions" h="100%">
          <ScrollArea h="100%" type="auto" offsetScrollbars>
            <DecisionList decisions={decisions} agenda={agenda} onEdit={props.onEditDecision} locked={props.locked} />
          </ScrollArea>
        </Tabs.Panel>
        <Tabs.Panel value="commitments" h="100%">
          <ScrollArea h="100%" type="auto" offsetScrollbars>
            <CommitmentList
              commitments={commitments}
              agenda={agenda}
              onEdit={props.onEditCommitment}
              locked={props.locked}
            />
            {/* What earlier meetings of the series left open: reported on during this one (h7's panel). */}
            <Divider my="sm" />
            <CarryOverPanel meetingId={props.meetingId} meetingDate={props.meetingDate} />
          </ScrollArea>
        </Tabs.Panel>
        <Tabs.Panel value="attendance" h="100%">
          <AttendanceQuickList
            ref={attendanceFilterRef}
            list={attendance}
            timeZone={props.timeZone}
            started={props.started}
            locked={props.locked}
          />
        </Tabs.Panel>
      </Box>
    </Tabs>
  );
});
