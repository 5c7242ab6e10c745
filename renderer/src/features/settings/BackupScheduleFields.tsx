import { Button, Group, Radio, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupSettings } from '../../../../shared/domain/backup';
import { ClockInput } from '../../components/ClockInput';
import { useAction } from '../../components/kit/useAction';
import { useAppStore } from '../../store';
import { useBackupWhen } from './useBackupWhen';

type Props = Readonly<{ settings: BackupSettings }>;

/** The last and next backup, and when the daily one is made (first start of the day, or a set time). */
export function BackupScheduleFields({ settings }: Props) {
  const { t } = useTranslation('backups');
  const when = useBackupWhen();
  const { run, busy, error } = useAction(useAppStore((s) => s.updateBackupSettings));
  const [mode, setMode] = useState<'start' | 'time'>(settings.dailyAt === null ? 'start' : 'time');
  const [time, setTime] = useState(settings.dailyAt ?? '16:00');

  useEffect(() => {
    setMode(settings.dailyAt === null ? 'start' : 'time');
    if (settings.dailyAt !== null) setTime(settings.dailyAt);
  }, [settings.dailyAt]);

  const wanted = mode === 'start' ? null : time;
  const save = async () => {
    const result = await run({ keep: settings.keep, dailyAt: wanted });
    if (result.ok) notifications.show({ color: 'green', message: t('schedule.saved') });
  };

  const last = settings.lastBackup;
  return (
    <Stack gap="xs" mt="md" component="section" aria-labelledby="cadangan-jadwal">
      <Title order={4} size="h6" id="cadangan-jadwal">
        {t('schedule.title')}
      </Title>
      <Text size="sm" data-testid="backup-last">
        {last ? t('schedule.last', { when: when(last), reason: t(`reasons.${last.reason}`) }) : t('schedule.lastNone')}
      </Text>
      <Text size="sm" data-testid="backup-next">
        {settings.nextDaily === null ? t('schedule.nextNone') : t('schedule.next', { when: when(settings.nextDaily) })}
      </Text>
      <Radio.Group
        label={t('schedule.modeLabel')}
        value={mode}
        onChange={(value) => setMode(value === 'time' ? 'time' : 'start')}
      >
        <Stack gap={6} mt={4}>
          <Radio value="start" label={t('schedule.modeStart')} />
          <Radio value="time" label={t('schedule.modeTime')} />
        </Stack>
      </Radio.Group>
      <Group align="flex-end" gap="sm">
        <ClockInput
          label={t('schedule.timeLabel')}
          description={t('schedule.timeHelp')}
          value={time}
          onChange={setTime}
          disabled={mode === 'start'}
          error={error}
          w={300}
        />
        <Button variant="default" loading={busy} onClick={() => void save()} disabled={wanted === settings.dailyAt}>
          {t('schedule.save')}
        </Button>
      </Group>
    </Stack>
  );
}
