import { Button, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChecks, IconChevronDown, IconUsersGroup } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingId, UnitGroupId } from '../../../../shared/domain/ids';
import { useAppStore } from '../../store';

type Props = Readonly<{ meetingId: MeetingId; pending: number; onError: (message: string | null) => void }>;

/** Preparation in bulk: invite whole groups, then mark everyone present and change only the exceptions. */
export function BulkAttendanceActions({ meetingId, pending, onError }: Props) {
  const { t } = useTranslation('meeting');
  const inviteGroup = useAppStore((s) => s.inviteGroup);
  const markAllPresent = useAppStore((s) => s.markAllPresent);
  const inSeries = useAppStore((s) => s.meetingDetails[meetingId]?.seriesId != null);
  const unitGroups = useAppStore((s) => s.unitGroups);
  const unitGroupsLoad = useAppStore((s) => s.unitGroupsLoad);
  const loadUnitGroups = useAppStore((s) => s.loadUnitGroups);
  const [busy, setBusy] = useState(false);

  const invite = async (group: 'ALL_UNITS' | 'PREVIOUS_MEETING' | 'SAVED_GROUP', unitGroupId?: UnitGroupId) => {
    setBusy(true);
    const result = await inviteGroup({ meetingId, group, ...(unitGroupId ? { unitGroupId } : {}) });
    setBusy(false);
    if (!result.ok) return onError(result.error.message);
    onError(null);
    notifications.show({
      color: 'green',
      message: t('attendance.bulk.invited', { added: result.value.added, skipped: result.value.skipped }),
    });
  };

  const markAll = async () => {
    setBusy(true);
    const result = await markAllPresent({ meetingId });
    setBusy(false);
    if (!result.ok) return onError(result.error.message);
    onError(null);
    notifications.show({ color: 'green', message: t('attendance.bulk.marked', { count: result.value.marked }) });
  };

  return (
    <>
      {/* Her saved groups are read when she opens the menu, not with every Persiapan tab. */}
      <Menu position="bottom-end" onOpen={() => unitGroupsLoad.status === 'idle' && void loadUnitGroups()}>
        <Menu.Target>
          <Button
            variant="default"
            loading={busy}
            leftSection={<IconUsersGroup size={16} aria-hidden />}
            rightSection={<IconChevronDown size={14} aria-hidden />}
          >
            {t('attendance.bulk.menu')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => void invite('ALL_UNITS')}>{t('attendance.bulk.allUnits')}</Menu.Item>
          {inSeries && (
            <Menu.Item onClick={() => void invite('PREVIOUS_MEETING')}>{t('attendance.bulk.previous')}</Menu.Item>
          )}
          {unitGroups.some((group) => group.unitIds.length > 0) && (
            <Menu.Label>{t('attendance.bulk.savedGroups')}</Menu.Label>
          )}
          {unitGroups
            .filter((group) => group.unitIds.length > 0)
            .map((group) => (
              <Menu.Item key={group.id} onClick={() => void invite('SAVED_GROUP', group.id)}>
                {t('attendance.bulk.savedGroup', { name: group.name, count: group.unitIds.length })}
              </Menu.Item>
            ))}
        </Menu.Dropdown>
      </Menu>
      <Button
        variant="default"
        disabled={pending === 0 || busy}
        leftSection={<IconChecks size={16} aria-hidden />}
        onClick={() => void markAll()}
      >
        {t('attendance.bulk.markAll')}
      </Button>
    </>
  );
}
