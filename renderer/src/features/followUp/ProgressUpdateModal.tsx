import { ActionIcon, Button, Group, Modal, NumberInput, Select, Stack, TagsInput, Text, Textarea } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { notifications } from '@mantine/notifications';
import { IconPaperclip, IconX } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { FormFooter } from '../../components/kit/FormFooter';
import { DraftNotice } from '../../components/kit/DraftNotice';
import { useFormDraft } from '../../components/kit/useFormDraft';
import { useTranslation } from 'react-i18next';
import { OWNER_STATUSES, type OwnerStatus } from '../../../../shared/domain/commitment';
import type { StagedFile } from '../../../../shared/domain/files';
import type { CommitmentDetail, OwnerId } from '../../../../shared/domain/followUpViews';
import type { MeetingId } from '../../../../shared/domain/ids';
import { chooseFile } from '../../lib/files';
import { useAppStore } from '../../store';
import { ErrorAlert } from '../../components/kit/ErrorAlert';

export type UpdateTarget = Readonly<{ ownerId: OwnerId; unitName: string; status: OwnerStatus }>;

type Props = Readonly<{
  target: UpdateTarget | null;
  /** Preselected status (a status change from the drawer). */
  status?: OwnerStatus;
  defaultDate: string;
  /** Set when reported during a meeting. */
  meetingId?: MeetingId;
  /** The dates main accepts (shared/domain/followUp reportDateProblem): from the commitment's meeting to today. */
  earliestDate?: string;
  latestDate?: string;
  onClose: () => void;
  onSaved?: (detail: CommitmentDetail) => void;
}>;

const ACCEPT = '.pdf,.png,.jpg,.jpeg,.docx,.xlsx';

/** One draft per OPD of a commitment: the report she was typing for it is offered back. */
export const progressDraftName = (ownerId: OwnerId) => `progress-update:${ownerId}`;

export function ProgressUpdateModal({ target, onClose, ...rest }: Props) {
  const { t } = useTranslation('followUp');
  return (
    <Modal
      opened={target !== null}
      onClose={onClose}
      title={target ? t('update.title', { unit: target.unitName }) : ''}
      size="lg"
      centered
    >
      {target && (
        <UpdateForm key={`${target.ownerId}-${rest.status ?? ''}`} target={target} onClose={onClose} {...rest} />
      )}
    </Modal>
  );
}

function UpdateForm(props: Readonly<Omit<Props, 'target'> & { target: UpdateTarget }>) {
  const { target, status: preset, defaultDate, meetingId, earliestDate, latestDate, onClose, onSaved } = props;
  const { t } = useTranslation(['followUp', 'common']);
  const addProgressUpdate = useAppStore((s) => s.addProgressUpdate);
  // What she typed for this OPD's report survives closing the dialog by accident, a route change
  // or a reload; the attachments do not (a staged file lives in main for an hour only).
  const [initial] = useState(() => ({
    reportedOn: defaultDate as string | null,
    status: preset ?? target.status,
    reason: '',
    text: '',
    // null, not '': a draft's number must match the shape it is read back into (lib/formDrafts.ts).
    percent: null as number | string | null,
    links: [] as string[],
  }));
  const form = useFormDraft(progressDraftName(target.ownerId), initial);
  const { reportedOn, status, reason, text, percent, links } = form.values;
  const [files, setFiles] = useState<StagedFile[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function attach() {
    setError(null);
    const result = await chooseFile('evidence', ACCEPT);
    if (!result.ok) setError(result.error.message);
    else if (result.value) setFiles((list) => [...list, result.value as StagedFile]);
  }

  function detach(file: StagedFile) {
    setFiles((list) => list.filter((item) => item.fileId !== file.fileId));
    void useAppStore.getState().discardFile({ fileId: file.fileId });
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const result = await addProgressUpdate({
      ownerId: target.ownerId,
      reportedOn: reportedOn ?? '',
      status,
      reason: status === 'TIDAK_DAPAT' ? reason : '',
      text,
      percent: typeof percent === 'number' ? percent : null,
      links,
      fileIds: files.map((file) => file.fileId),
      ...(meetingId ? { meetingId } : {}),
    });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    form.reset(initial);
    notifications.show({ color: 'green', message: t('update.saved', { unit: target.unitName }) });
    onSaved?.(result.value);
    onClose();
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="sm">
        {form.restoredAt !== null && <DraftNotice savedAt={form.restoredAt} onDiscard={form.discard} />}
        <ErrorAlert message={error} />
        <Group grow align="flex-start">
          <DateInput
            label={t('update.date')}
            required
            {...form.field('reportedOn')}
            valueFormat="D MMMM YYYY"
            {...(earliestDate ? { minDate: earliestDate } : {})}
            {...(latestDate ? { maxDate: latestDate } : {})}
          />
          <Select
            label={t('update.status')}
            required
            allowDeselect={false}
            data={OWNER_STATUSES.map((value) => ({ value, label: t(`status.${value}`) }))}
            value={status}
            onChange={(value) => value && form.change('status', value as OwnerStatus)}
          />
        </Group>
        {status === 'TIDAK_DAPAT' && (
          <Textarea
            label={t('update.reason')}
            description={t('update.reasonHelp')}
            required
            autosize
            minRows={2}
            {...form.bind('reason')}
          />
        )}
        <Textarea label={t('update.text')} autosize minRows={3} maxRows={8} {...form.bind('text')} />
        <NumberInput
          label={t('update.percent')}
          w={160}
          min={0}
          max={100}
          allowDecimal={false}
          clampBehavior="strict"
          value={percent ?? ''}
          onChange={(value) => form.change('percent', value)}
        />
        <TagsInput label={t('update.links')} description={t('update.linksHelp')} {...form.field('links')} clearable />
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('update.files')}
          </Text>
          {files.map((file) => (
            <Group key={file.fileId} gap="xs">
              <IconPaperclip size={14} aria-hidden />
              <Text size="sm">{file.name}</Text>
              <ActionIcon
                variant="subtle"
                color="gray"
                size="sm"
                aria-label={t('update.removeFile', { name: file.name })}
                onClick={() => detach(file)}
              >
                <IconX size={14} />
              </ActionIcon>
            </Group>
          ))}
          <Group>
            <Button
              variant="default"
              size="xs"
              leftSection={<IconPaperclip size={14} aria-hidden />}
              onClick={() => void attach()}
            >
              {t('update.addFiles')}
            </Button>
          </Group>
        </Stack>
        <FormFooter onCancel={onClose} submitLabel={t('update.save')} busy={busy} />
      </Stack>
    </form>
  );
}
