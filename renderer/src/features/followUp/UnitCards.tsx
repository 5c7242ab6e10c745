import { Anchor, Card, Group, SimpleGrid, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FollowUpDashboard, UnitFollowUpCounts } from '../../../../shared/domain/followUpViews';
import type { UnitId } from '../../../../shared/domain/ids';

const COLLAPSED = 8;

type Props = Readonly<{
  dashboard: FollowUpDashboard;
  selected: UnitId | null;
  onSelect: (unitId: UnitId | null) => void;
}>;

function Count({ label, value, tone }: Readonly<{ label: string; value: number; tone?: string }>) {
  return (
    <Stack gap={0} align="center">
      <Text fw={700} size="lg" c={value > 0 ? tone : 'dimmed'} lh={1.1}>
        {value}
      </Text>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
    </Stack>
  );
}

function UnitCard({
  unit,
  days,
  active,
  onClick,
}: Readonly<{ unit: UnitFollowUpCounts; days: number; active: boolean; onClick: () => void }>) {
  const { t } = useTranslation('followUp');
  return (
    <UnstyledButton
      onClick={onClick}
      aria-pressed={active}
      title={t('cards.filterBy', { name: unit.unitName })}
      style={{ borderRadius: 8 }}
    >
      <Card
        withBorder
        padding="xs"
        radius="md"
        bg={active ? 'pemda.0' : undefined}
        style={active ? { borderColor: 'var(--mantine-color-pemda-6)' } : undefined}
      >
        <Group justify="space-between" wrap="nowrap" gap={4} mb={4}>
          <Text fw={600} size="sm" lineClamp={1} title={unit.unitName}>
            {unit.unitName}
          </Text>
          {active && (
            <Text size="xs" c="pemda.7" fw={600}>
              {t('cards.selected')}
            </Text>
          )}
        </Group>
        <Group justify="space-between" wrap="nowrap" gap={4}>
          <Count label={t('cards.open')} value={unit.open} tone="pemda.8" />
          <Count label={t('cards.overdue')} value={unit.overdue} tone="red.8" />
          <Count label={t('cards.dueSoon', { days })} value={unit.dueSoon} tone="orange.8" />
          <Count label={t('cards.done')} value={unit.done} tone="green.8" />
        </Group>
      </Card>
    </UnstyledButton>
  );
}

/** One card per OPD with its counts; a click filters the list by that OPD (and again clears it). */
export function UnitCards({ dashboard, selected, onSelect }: Props) {
  const { t } = useTranslation(['followUp', 'common']);
  const [expanded, setExpanded] = useState(false);
  const units = dashboard.units;
  if (units.length === 0) return null;
  // The selected OPD stays visible when the list is collapsed.
  const shown = expanded ? units : units.slice(0, COLLAPSED);
  const extra =
    selected && !shown.some((unit) => unit.unitId === selected) ? units.filter((unit) => unit.unitId === selected) : [];
  return (
    <section aria-labelledby="followup-cards-title">
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h5" id="followup-cards-title">
          {t('cards.title')}
        </Title>
        {units.length > COLLAPSED && (
          <Anchor component="button" type="button" size="sm" onClick={() => setExpanded((value) => !value)}>
            {expanded ? t('common:actions.close') : `${t('filters.all')} (${units.length})`}
          </Anchor>
        )}
      </Group>
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 4 }} spacing="xs">
        {[...shown, ...extra].map((unit) => (
          <UnitCard
            key={unit.unitId}
            unit={unit}
            days={dashboard.reminderDays}
            active={unit.unitId === selected}
            onClick={() => onSelect(unit.unitId === selected ? null : unit.unitId)}
          />
        ))}
      </SimpleGrid>
    </section>
  );
}
