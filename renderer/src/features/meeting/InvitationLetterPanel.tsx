import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileExport, IconPencil } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultHal } from '../../../../shared/domain/invitationLetter';
import type { MeetingDetail } from '../../../../shared/domain/meeting';
import { LoadError } from '../../components/LoadError';
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
    <Card withBorder component="section" aria-labelledby="letter-title">
      <Group justify="space-between" align="flex-start" mb="sm">
        <div>
          <Title order={3} size="h4" id="letter-title">
            {t('panel.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('panel.help')}
          </Text>
        </div>
        <Group gap="xs">
          <Button variant="default" leftSection={<IconPencil size={16} aria-hidden />} onClick={() => setEditing(true)}>
            {t('panel.edit')}
          </Button>
          <Button
            leftSection={<IconFileExport size={16} aria-hidden />}
            onClick={() => void exportLetter()}
            loading={exporting}
          >
            {t('panel.export')}
          </Button>
        </Group>
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
    </Card>
  );
}
