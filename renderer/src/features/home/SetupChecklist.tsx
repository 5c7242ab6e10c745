import { Badge, Button, Card, CloseButton, Group, Progress, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconCheck, IconCircleDashed } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { SetupStatus } from '../../../../shared/ipc/appContract';
import { ROUTES } from '../../app/routes';
import { SectionHeading } from '../../components/kit/SectionHeading';
import { setupSteps, type SetupStep } from './checklistState';

type Props = Readonly<{ status: SetupStatus; onDismiss: () => void; onNewMeeting: () => void }>;

/** Beranda's first-run checklist: each step opens the screen where it is done; done comes from the data. */
export function SetupChecklist({ status, onDismiss, onNewMeeting }: Props) {
  const { t } = useTranslation('home');
  const navigate = useNavigate();
  const steps = setupSteps(status);
  const done = steps.filter((step) => step.done).length;

  const open: Record<SetupStep['key'], () => void> = {
    kop: () => void navigate(`${ROUTES.settings}?bagian=instansi`),
    units: () => void navigate(`${ROUTES.masterData}?bagian=opd`),
    people: () => void navigate(`${ROUTES.masterData}?bagian=pejabat`),
    meeting: onNewMeeting,
  };

  const detail = (step: SetupStep): string | null => {
    if (step.key === 'kop' && !step.done) {
      return [
        status.kop ? null : t('setup.steps.kop.missingKop'),
        status.logo ? null : t('setup.steps.kop.missingLogo'),
      ]
        .filter((line) => line !== null)
        .join(' ');
    }
    if (step.key === 'units' && status.units > 0) return t('setup.steps.units.count', { count: status.units });
    if (step.key === 'people' && status.people > 0) return t('setup.steps.people.count', { count: status.people });
    return null;
  };

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="setup-title" data-testid="setup-checklist">
      <Group justify="space-between" align="flex-start" wrap="nowrap" mb="xs">
        <div>
          <SectionHeading id="setup-title" title={t('setup.title')} help={t('setup.intro')} size="h5" />
        </div>
        <CloseButton onClick={onDismiss} aria-label={t('setup.hideLabel')} title={t('setup.hide')} />
      </Group>
      <Group gap="sm" mb="sm" wrap="nowrap">
        <Progress value={(done / steps.length) * 100} size="sm" flex={1} aria-hidden />
        <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          {t('setup.progress', { done, total: steps.length })}
        </Text>
      </Group>
      <Stack gap="sm" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {steps.map((step) => {
          const note = detail(step);
          return (
            <Group key={step.key} component="li" wrap="nowrap" gap="sm" align="flex-start" data-step={step.key}>
              <ThemeIcon variant="light" color={step.done ? 'green' : 'gray'} radius="xl" size="md" aria-hidden>
                {step.done ? <IconCheck size={16} /> : <IconCircleDashed size={16} />}
              </ThemeIcon>
              <div style={{ flex: 1, minWidth: 0 }}>
                <Group gap="xs" wrap="wrap">
                  <Text fw={500}>{t(`setup.steps.${step.key}.title`)}</Text>
                  <Badge size="sm" variant="light" color={step.done ? 'green' : 'gray'}>
                    {step.done ? t('setup.done') : t('setup.notDone')}
                  </Badge>
                </Group>
                <Text size="sm" c="dimmed">
                  {t(`setup.steps.${step.key}.body`)}
                  {note ? ` ${note}` : ''}
                </Text>
              </div>
              <Button size="xs" variant={step.done ? 'subtle' : 'light'} onClick={open[step.key]}>
                {t(`setup.steps.${step.key}.action`)}
              </Button>
            </Group>
          );
        })}
      </Stack>
    </Card>
  );
}
