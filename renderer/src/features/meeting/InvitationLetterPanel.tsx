import { Alert, Button, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileExport, IconPencil } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultHal } from '../../../../shared/domain/invitationLetter';
import { INVITATION_FORMS, type InvitationForm } from '../../../../shared/domain/instansi';
import type { MeetingDetail } from '../../../../shared/domain/meeting';
import { LoadError } from '../../components/LoadError';
import { PanelCard } from '../../components/kit/PanelCard';
import { withChosen, type MasterDataOptions } from '../../components/useMasterDataOptions';
import { receiveDelivery } from '../../lib/files';
import { useAppStore } from '../../store';
import { InvitationLetterModal } from './InvitationLetterModal';

type Props = Readonly<{ meeting: MeetingDetail; options: MasterDataOptions }>;

/**
 * Persiapan's Surat Undangan: what the letter will say (number, hal, signer, recipients),
 * its own words in a form, and the DOCX straight from here, before the meeting is held.
 */
export function InvitationLetterPanel({ meeting, options }: Props) {
  const { t } = useTranslation('letter');
  const letter = useAppStore((s) => s.letters[meeting.id]);
  const loadLetter = useAppStore((s) => s.loadLetter);
  const instansi = useAppStore((s) => s.instansi);
  const loadInstansi = useAppStore((s) => s.loadInstansi);
  const invited = useAppStore((s) => s.attendanceByMeeting[meeting.id]?.attendees.length ?? 0);
  const exportDocuments = useAppStore((s) => s.exportDocuments);
  const updateLetter = useAppStore((s) => s.updateLetter);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);

  useEffect(() => {
    void loadLetter({ meetingId: meeting.id }).then((result) => setLoadError(result.ok ? null : result.error.message));
  }, [meeting.id, loadLetter]);
  // SRIKANDI mode and the "daftar terlampir" threshold are the instansi's.
  const instansiMissing = instansi === null;
  useEffect(() => {
    if (instansiMissing) void loadInstansi();
  }, [instansiMissing, loadInstansi]);

  if (loadError !== null)
    return (
      <LoadError
        title={t('panel.loadFailed')}
        message={loadError}
        onRetry={() => void loadLetter({ meetingId: meeting.id })}
      />
    );
  if (letter === undefined) return null;

  const srikandi = instansi?.invitation.srikandi ?? false;
  const threshold = instansi?.invitation.listThreshold ?? 3;
  const signerName = options.personPickerOptions.find((option) => option.value === letter.signer.personId)?.label;
  const number = srikandi ? t('panel.srikandiNumber') : meeting.invitationNumber || t('panel.numberMissing');
  const defaultForm = instansi?.invitation.form ?? 'SURAT_UNDANGAN';
  const form = letter.form || defaultForm;
  const formName = (value: InvitationForm) => t(`panel.forms.${value}`);
  // One click; saved with the letter's other words as they are (letter:update replaces the row whole).
  const chooseForm = async (value: InvitationForm) => {
    if (value === form) return;
    const result = await updateLetter({ ...letter, form: value });
    if (result.ok) notifications.show({ color: 'green', message: t('panel.formSaved', { form: formName(value) }) });
    else notifications.show({ color: 'red', title: t('panel.formFailed'), message: result.error.message });
  };

  const exportLetter = async () => {
    setExporting(true);
    setExportError(null);
    const result = await exportDocuments({
      meetingId: meeting.id,
      kinds: ['SURAT_UNDANGAN'],
      paper: instansi?.paper ?? 'F4',
      readyForTte: instansi?.notula.readyForTte ?? false,
      fileName: '',
    });
    const delivered = result.ok ? await receiveDelivery(result.value) : result;
    setExporting(false);
    if (!delivered.ok) setExportError(delivered.error.message);
    else if (delivered.value !== null) {
      const downloaded = result.ok && result.value.kind === 'download';
      notifications.show({
        color: 'green',
        message: t(downloaded ? 'panel.downloaded' : 'panel.exported', { name: delivered.value }),
      });
    }
  };

  const row = (label: string, value: string) => (
    <Group gap="xs" wrap="nowrap" align="flex-start">
      <Text size="sm" c="dimmed" w={130} style={{ flexShrink: 0 }}>
        {label}
      </Text>
      <Text size="sm">{value}</Text>
    </Group>
  );

  return (
    <PanelCard
      id="letter-title"
      title={t('panel.title')}
      help={t('panel.help')}
      actions={
        <Group gap="xs">
          <Button variant="default" leftSection={<IconPencil size={16} aria-hidden />} onClick={() => setEditing(true)}>
            {t('panel.edit')}
          </Button>
          <Button
            leftSection={<IconFileExport size={16} aria-hidden />}
            onClick={() => void exportLetter()}
            loading={exporting}
          >
            {t('panel.export', { form: formName(form) })}
          </Button>
        </Group>
      }
    >
      <Group gap="sm" mb="xs" align="center">
        <Text size="sm" c="dimmed" w={130} id="letter-form-label">
          {t('panel.form')}
        </Text>
        <SegmentedControl
          size="xs"
          aria-labelledby="letter-form-label"
          aria-describedby="letter-form-help"
          value={form}
          onChange={(value) => void chooseForm(value as InvitationForm)}
          data={INVITATION_FORMS.map((value) => ({ value, label: formName(value) }))}
        />
        <Text size="xs" c="dimmed" id="letter-form-help" style={{ flex: 1, minWidth: 200 }}>
          {t('panel.formHelp', { form: formName(defaultForm) })}
        </Text>
      </Group>
      <Stack gap={4}>
        {row(t('panel.number'), number)}
        {row(t('panel.hal'), letter.hal || defaultHal(meeting.title))}
        {row(
          t('panel.signer'),
          signerName === undefined
            ? t('panel.signerMissing')
            : [letter.onBehalfOf === '' ? '' : `a.n. ${letter.onBehalfOf} —`, signerName].filter(Boolean).join(' '),
        )}
        {row(
          t('panel.recipients'),
          [
            t('panel.recipientsCount', { count: invited }),
            invited > threshold ? t('panel.attached', { threshold }) : '',
          ]
            .filter(Boolean)
            .join(', '),
        )}
      </Stack>
      {exportError !== null && (
        <Alert color="red" title={t('panel.exportFailed')} role="alert" mt="sm">
          {exportError}
        </Alert>
      )}
      <InvitationLetterModal
        opened={editing}
        onClose={() => setEditing(false)}
        letter={letter}
        meetingTitle={meeting.title}
        people={withChosen(options.personPickerOptions, null)}
      />
    </PanelCard>
  );
}
