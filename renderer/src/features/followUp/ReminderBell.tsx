import { ActionIcon, Button, Group, Indicator, Popover, Stack, Text } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ROUTES } from '../../app/routes';
import { useAppStore } from '../../store';

const RECHECK_MS = 15 * 60 * 1000;

/**
 * The reminder inbox in the app header: overdue and due-soon commitments by OPD. In the
 * web shell this is the once-a-day reminder (the dot stays until she opens it today);
 * the desktop shell also raises a system notification.
 */
export function ReminderBell() {
  const { t } = useTranslation('followUp');
  const navigate = useNavigate();
  const inbox = useAppStore((s) => s.reminderInbox);
  const loadReminders = useAppStore((s) => s.loadReminders);
  const markSeen = useAppStore((s) => s.markRemindersSeen);
  const [opened, setOpened] = useState(false);

  useEffect(() => {
    void loadReminders();
    const timer = window.setInterval(() => void loadReminders(), RECHECK_MS);
    return () => window.clearInterval(timer);
  }, [loadReminders]);

  const unread = inbox?.unread ?? false;
  function toggle() {
    const next = !opened;
    setOpened(next);
    if (next && unread) void markSeen();
  }
  function go(search: string) {
    setOpened(false);
    void navigate(`${ROUTES.followUp}${search}`);
  }

  return (
    // The Indicator wraps the whole popover so that Popover.Target's aria-haspopup/aria-expanded
    // land on the button itself, not on the Indicator's <div> (axe: aria-allowed-attr).
    <Indicator disabled={!unread} color="red" size={10} offset={6} processing={false}>
      <Popover opened={opened} onChange={setOpened} position="bottom-end" width={340} shadow="md" withArrow>
        <Popover.Target>
          <ActionIcon
            variant="subtle"
            size="lg"
            aria-label={unread ? t('reminders.bellUnread') : t('reminders.bell')}
            aria-expanded={opened}
            onClick={toggle}
          >
            <IconBell size={20} aria-hidden />
          </ActionIcon>
        </Popover.Target>
        <Popover.Dropdown>
          <Stack gap="xs" role="region" aria-label={t('reminders.title')}>
            <Text fw={600}>{t('reminders.title')}</Text>
            {inbox === null || inbox.overdue + inbox.dueSoon === 0 ? (
              <Text size="sm" c="dimmed">
                {t('reminders.none')}
              </Text>
            ) : (
              <>
                <Text size="sm">
                  {t('reminders.overdue', { count: inbox.overdue })} ·{' '}
                  {t('reminders.dueSoon', { count: inbox.dueSoon, days: inbox.reminderDays })}
                </Text>
                <Stack gap={4}>
                  {inbox.units.slice(0, 8).map((unit) => (
                    <Group key={unit.unitId} justify="space-between" wrap="nowrap">
                      <Button
                        variant="subtle"
                        size="compact-sm"
                        onClick={() => go(`?opd=${unit.unitId}&status=TERBUKA`)}
                        styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }}
                      >
                        {unit.unitName}
                      </Button>
                      <Text size="xs" c="dimmed" ta="right">
                        {t('reminders.overdue', { count: unit.overdue })}
                        <br />
                        {t('reminders.dueSoon', { count: unit.dueSoon, days: inbox.reminderDays })}
                      </Text>
                    </Group>
                  ))}
                </Stack>
              </>
            )}
            <Button size="xs" variant="light" onClick={() => go('')}>
              {t('reminders.open')}
            </Button>
          </Stack>
        </Popover.Dropdown>
      </Popover>
    </Indicator>
  );
}
