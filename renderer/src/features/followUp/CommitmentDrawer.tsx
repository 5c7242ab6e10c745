import {
  Alert,
  Anchor,
  Badge,
  Button,
  Divider,
  Drawer,
  Group,
  Loader,
  Menu,
  Stack,
  Text,
  Timeline,
  Title,
} from '@mantine/core';
import { IconChevronDown, IconDownload, IconExternalLink, IconPlus } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OWNER_STATUSES, type OwnerStatus } from '../../../../shared/domain/commitment';
import type {
  CommitmentDetail,
  CommitmentId,
  EvidenceView,
  OwnerView,
  UpdateView,
} from '../../../../shared/domain/followUpViews';
import { deliver } from '../../lib/files';
import { useLongDate } from '../../lib/useLongDate';
import { useDueDateText } from './useDueDateText';
import { useAppStore } from '../../store';
import { FollowUpStatusBadge } from './FollowUpStatusBadge';
import { ProgressUpdateModal, type UpdateTarget } from './ProgressUpdateModal';

type Props = Readonly<{ commitmentId: CommitmentId | null; today: string; onClose: () => void }>;

function Evidence({ update, item }: Readonly<{ update: UpdateView; item: EvidenceView }>) {
  const { t } = useTranslation('followUp');
  const [error, setError] = useState<string | null>(null);
  if (item.kind === 'link') {
    return (
      <Anchor href={item.url} target="_blank" rel="noopener noreferrer" size="sm">
        <Group gap={4} component="span" wrap="nowrap">
          <IconExternalLink size={14} aria-hidden />
          {item.url}
        </Group>
      </Anchor>
    );
  }
  async function download() {
    const received = await deliver(useAppStore.getState().downloadEvidence({ updateId: update.id, index: item.index }));
    setError(received.ok ? null : received.error.message);
  }
  return (
    <Stack gap={2}>
      <Button
        variant="subtle"
        size="compact-sm"
        leftSection={<IconDownload size={14} aria-hidden />}
        onClick={() => void download()}
        aria-label={t('detail.download', { name: item.name })}
      >
        {item.name}
      </Button>
      {error && (
        <Text size="xs" c="red" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}

function OwnerLine({ owner, onReport }: Readonly<{ owner: OwnerView; onReport: (status?: OwnerStatus) => void }>) {
  const { t } = useTranslation('followUp');
  return (
    // The OPD's name gets the drawer's whole width and the buttons go under it: a long name
    // ("Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah") pushed them off the edge (issue 19).
    <Stack gap={6}>
      <div>
        <Text fw={500}>{owner.unitName}</Text>
        <FollowUpStatusBadge status={owner.status} overdue={owner.overdue} />
        {owner.status === 'TIDAK_DAPAT' && owner.reason !== '' && (
          <Text size="sm" c="dimmed" mt={2}>
            {t('detail.reason', { reason: owner.reason })}
          </Text>
        )}
      </div>
      <Group gap={4} wrap="wrap">
        <Button size="xs" variant="light" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => onReport()}>
          {t('detail.addUpdate')}
        </Button>
        <Menu position="bottom-end">
          <Menu.Target>
            <Button
              size="xs"
              variant="default"
              rightSection={<IconChevronDown size={14} aria-hidden />}
              aria-label={t('detail.changeStatus', { unit: owner.unitName })}
            >
              {t('detail.changeStatusButton')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {OWNER_STATUSES.filter((status) => status !== owner.status).map((status) => (
              <Menu.Item key={status} onClick={() => onReport(status)}>
                {t(`status.${status}`)}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
      </Group>
    </Stack>
  );
}

/** A commitment with its owners (status per OPD) and every progress report, newest first. */
export function CommitmentDrawer({ commitmentId, today, onClose }: Props) {
  const { t } = useTranslation('followUp');
  const longDate = useLongDate();
  const dueDateText = useDueDateText();
  const getFollowUp = useAppStore((s) => s.getFollowUp);
  const [detail, setDetail] = useState<CommitmentDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [target, setTarget] = useState<{ owner: UpdateTarget; status?: OwnerStatus } | null>(null);

  const load = useCallback(
    async (id: CommitmentId) => {
      setError(null);
      const result = await getFollowUp(id);
      if (result.ok) setDetail(result.value);
      else setError(result.error.message);
    },
    [getFollowUp],
  );

  useEffect(() => {
    setDetail(null);
    if (commitmentId) void load(commitmentId);
  }, [commitmentId, load]);

  const unitOf = (update: UpdateView) => detail?.owners.find((owner) => owner.id === update.ownerId)?.unitName ?? '';

  return (
    <Drawer
      opened={commitmentId !== null}
      onClose={onClose}
      position="right"
      size="lg"
      title={
        <Title order={3} size="h4">
          {t('detail.title')}
        </Title>
      }
    >
      {error && (
        <Alert color="red" role="alert" title={t('detail.loadError')}>
          {error}
        </Alert>
      )}
      {!detail && !error && <Loader role="status" aria-label={t('detail.title')} />}
      {detail && (
        <Stack gap="md">
          <div>
            <Text fw={600} size="lg">
              {detail.text}
            </Text>
            <Group gap="xs" mt={4}>
              <FollowUpStatusBadge status={detail.status} overdue={detail.overdue} />
              {detail.programTag !== '' && (
                <Badge variant="outline" tt="none">
                  {detail.programTag}
                </Badge>
              )}
            </Group>
            <Text size="sm" c="dimmed" mt={4}>
              {t('detail.origin')}:{' '}
              {t('table.origin', { title: detail.meetingTitle, date: longDate(detail.meetingDate) })}
            </Text>
            <Text size="sm" c="dimmed">
              {t('detail.due')}: {dueDateText(detail.dueDate)}
            </Text>
          </div>
          <Divider label={t('detail.owners')} labelPosition="left" />
          <Stack gap="sm">
            {detail.owners.map((owner) => (
              <OwnerLine
                key={owner.id}
                owner={owner}
                onReport={(status) =>
                  setTarget({ owner: { ownerId: owner.id, unitName: owner.unitName, status: owner.status }, status })
                }
              />
            ))}
          </Stack>
          <Divider label={t('detail.updates')} labelPosition="left" />
          {detail.updates.length === 0 ? (
            <Text c="dimmed" size="sm">
              {t('detail.noUpdates')}
            </Text>
          ) : (
            <Timeline bulletSize={14} lineWidth={2}>
              {detail.updates.map((update) => (
                <Timeline.Item key={update.id} title={`${longDate(update.reportedOn)} · ${unitOf(update)}`}>
                  <Group gap="xs" mt={2}>
                    <FollowUpStatusBadge status={update.status} size="xs" />
                    {update.percent !== null && <Text size="sm">{update.percent}%</Text>}
                  </Group>
                  {update.text !== '' && (
                    <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
                      {update.text}
                    </Text>
                  )}
                  {update.reason !== '' && (
                    <Text size="sm" c="dimmed">
                      {t('detail.reason', { reason: update.reason })}
                    </Text>
                  )}
                  {update.meetingTitle && (
                    <Text size="xs" c="dimmed">
                      {t('detail.reportedAt', { meeting: update.meetingTitle })}
                    </Text>
                  )}
                  {update.evidence.length > 0 && (
                    <Stack gap={2} mt={4} aria-label={t('detail.evidence')}>
                      {update.evidence.map((item) => (
                        <Evidence key={item.index} update={update} item={item} />
                      ))}
                    </Stack>
                  )}
                </Timeline.Item>
              ))}
            </Timeline>
          )}
        </Stack>
      )}
      <ProgressUpdateModal
        target={target?.owner ?? null}
        status={target?.status}
        defaultDate={today}
        latestDate={today}
        {...(detail ? { earliestDate: detail.meetingDate } : {})}
        onClose={() => setTarget(null)}
        onSaved={(next) => setDetail(next)}
      />
    </Drawer>
  );
}
