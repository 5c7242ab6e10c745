import { ActionIcon, Box, Group, ScrollArea, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { IconPlayerPlay, IconPlayerStop } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../../../shared/domain/agenda';
import type { AgendaItemId, SectionId } from '../../../../shared/domain/ids';
import type { MinuteSection } from '../../../../shared/domain/minutes';
import type { AgendaTimer } from '../../../../shared/ipc/liveContract';
import { AgendaTimerText } from './AgendaTimerText';
import { sectionTitle } from './sectionTitle';

type Props = Readonly<{
  sections: ReadonlyArray<MinuteSection>;
  agenda: ReadonlyArray<AgendaItem>;
  timers: ReadonlyArray<AgendaTimer>;
  activeId: SectionId | null;
  locked: boolean;
  onSelect: (id: SectionId) => void;
  onStart: (id: AgendaItemId) => void;
  onStop: (id: AgendaItemId) => void;
}>;

/** The left pane: the sections in Notula order, each agenda item with planned and actual time. */
export function AgendaPane({ sections, agenda, timers, activeId, locked, onSelect, onStart, onStop }: Props) {
  const { t } = useTranslation('live');
  return (
    <Stack gap="xs" h="100%" miw={0}>
      <Title order={3} size="h6" px={4}>
        {t('panes.agenda')}
      </Title>
      <ScrollArea style={{ flex: 1 }} type="auto" offsetScrollbars>
        <Stack gap={4} component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
          {sections.map((section) => {
            const item = section.agendaItemId ? agenda.find((a) => a.id === section.agendaItemId) : undefined;
            const timer = item ? timers.find((x) => x.id === item.id) : undefined;
            const running = timer?.actualStartAt != null && timer.actualEndAt === null;
            const active = section.id === activeId;
            const title = sectionTitle(section, t);
            return (
              <Box
                component="li"
                key={section.id}
                p={6}
                style={{
                  borderRadius: 6,
                  borderLeft: `3px solid ${active ? 'var(--mantine-color-pemda-7)' : 'transparent'}`,
                  background: active ? 'var(--mantine-color-pemda-0)' : undefined,
                }}
              >
                <Group gap={4} wrap="nowrap" align="flex-start">
                  <UnstyledButton
                    onClick={() => onSelect(section.id)}
                    aria-current={active ? 'step' : undefined}
                    style={{ flex: 1, minWidth: 0 }}
                    data-section-button={section.id}
                  >
                    {item && (
                      <Text size="xs" c="dimmed">
                        {t('sections.itemNumber', { number: item.position })}
                        {item.presenter ? ` · ${item.presenter}` : ''}
                      </Text>
                    )}
                    <Text size="sm" fw={active ? 700 : 500} lineClamp={2}>
                      {item ? item.title : title}
                    </Text>
                    {item && <AgendaTimerText timer={timer} plannedMinutes={item.plannedMinutes} stopped={locked} />}
                  </UnstyledButton>
                  {item && !locked && (
                    <ActionIcon
                      variant={running ? 'filled' : 'subtle'}
                      size="sm"
                      aria-label={
                        running ? t('timer.stop', { title: item.title }) : t('timer.start', { title: item.title })
                      }
                      title={running ? t('timer.stop', { title: item.title }) : t('timer.start', { title: item.title })}
                      onClick={() => (running ? onStop(item.id) : onStart(item.id))}
                    >
                      {running ? <IconPlayerStop size={14} aria-hidden /> : <IconPlayerPlay size={14} aria-hidden />}
                    </ActionIcon>
                  )}
                </Group>
              </Box>
            );
          })}
        </Stack>
      </ScrollArea>
    </Stack>
  );
}
