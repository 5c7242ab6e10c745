import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ROUTES } from '../../app/routes';
import { useAppStore } from '../../store';
import { LoadingLines } from '../../components/LoadingLines';

/** Beranda: overdue and due-soon counts by OPD; each count opens the filtered Tindak Lanjut page. */
export function FollowUpHomeCard() {
  const { t } = useTranslation('followUp');
  // The bell's own count (one call, kept in the store), so Beranda and the bell never disagree
  // and the start costs one dashboard query, not two.
  const inbox = useAppStore((s) => s.reminderInbox);
  const loadReminders = useAppStore((s) => s.loadReminders);

  const [failed, setFailed] = useState<string | null>(null);

  useEffect(() => {
    void loadReminders().then((result) => setFailed(result.ok ? null : result.error.message));
  }, [loadReminders]);

  const units = inbox?.units ?? [];
  const days = inbox?.reminderDays ?? 7;
  return (
    <Card
      withBorder
      padding="md"
      component="section"
      aria-labelledby="home-followup-title"
      aria-busy={inbox === null && failed === null}
    >
      <Group justify="space-between" mb="sm">
        <Group gap="xs">
          <Title order={3} size="h5" id="home-followup-title">
            {t('home.title')}
          </Title>
          {inbox !== null && inbox.overdue > 0 && (
            <Badge color="red" tt="none" data-testid="home-overdue-total">
              {t('reminders.overdue', { count: inbox.overdue })}
            </Badge>
          )}
        </Group>
        <Anchor component={Link} to={ROUTES.followUp} size="sm">
          {t('home.seeAll')}
        </Anchor>
      </Group>
      {inbox === null && failed !== null ? (
        <Text c="red" size="sm" role="alert">
          {failed}
        </Text>
      ) : inbox === null ? (
        <LoadingLines />
      ) : units.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('home.none')}
        </Text>
      ) : (
        <Stack gap={6}>
          {units.slice(0, 8).map((unit) => (
            <Group key={unit.unitId} justify="space-between" wrap="nowrap">
              <Text size="sm" fw={500} lineClamp={1}>
                {unit.unitName}
              </Text>
              <Group gap={6} wrap="nowrap">
                <Anchor
                  component={Link}
                  to={`${ROUTES.followUp}?opd=${unit.unitId}&status=TERLAMBAT`}
                  aria-label={`${unit.unitName}: ${t('home.overdue')} ${unit.overdue}`}
                >
                  <Badge
                    color={unit.overdue > 0 ? 'red' : 'gray'}
                    variant={unit.overdue > 0 ? 'filled' : 'light'}
                    tt="none"
                    style={{ cursor: 'pointer' }}
                  >
                    {t('home.overdue')} {unit.overdue}
                  </Badge>
                </Anchor>
                <Anchor
                  component={Link}
                  to={`${ROUTES.followUp}?opd=${unit.unitId}&status=TERBUKA&batas=PENGINGAT`}
                  aria-label={`${unit.unitName}: ${t('home.dueSoon', { days })} ${unit.dueSoon}`}
                >
                  <Badge
                    color={unit.dueSoon > 0 ? 'orange' : 'gray'}
                    variant="light"
                    tt="none"
                    style={{ cursor: 'pointer' }}
                  >
                    {t('home.dueSoon', { days })} {unit.dueSoon}
                  </Badge>
                </Anchor>
              </Group>
            </Group>
          ))}
        </Stack>
      )}
    </Card>
  );
}
