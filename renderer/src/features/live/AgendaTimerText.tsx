import { Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaTimer } from '../../../../shared/ipc/liveContract';

export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = String(m).padStart(2, '0');
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

/**
 * Planned against actual time of one agenda item. Only this text ticks each
 * second while the item runs; nothing else on the screen re-renders for it.
 * A locked meeting's timers are stopped (submission ends the running item): none ticks.
 */
type Props = Readonly<{ timer: AgendaTimer | undefined; plannedMinutes: number | null; stopped?: boolean }>;

export function AgendaTimerText({ timer, plannedMinutes, stopped = false }: Props) {
  const { t } = useTranslation('live');
  const running = !stopped && timer?.actualStartAt != null && timer.actualEndAt === null;
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) return undefined;
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, [running]);

  const plan = plannedMinutes !== null ? t('timer.planned', { minutes: plannedMinutes }) : t('timer.noPlan');
  if (!timer || timer.actualStartAt === null) {
    return (
      <Text size="xs" c="dimmed">
        {plan} · {t('timer.notStarted')}
      </Text>
    );
  }
  const elapsed = (timer.actualEndAt ?? Math.max(now, timer.actualStartAt)) - timer.actualStartAt;
  const overMinutes = plannedMinutes !== null ? Math.floor(elapsed / 60_000) - plannedMinutes : 0;
  const state = running
    ? t('timer.running', { elapsed: formatElapsed(elapsed) })
    : t('timer.done', { elapsed: formatElapsed(elapsed) });
  return (
    <Text size="xs" c={overMinutes > 0 ? 'orange.9' : running ? 'pemda.8' : 'dimmed'} fw={running ? 600 : undefined}>
      {plan} · {state}
      {overMinutes > 0 ? ` · ${t('timer.over', { minutes: overMinutes })}` : ''}
    </Text>
  );
}
