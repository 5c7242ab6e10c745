import { Alert, Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonId, SeriesId } from '../../../../shared/domain/ids';
import { useAppStore } from '../../store';
import { receiveDelivery } from '../../lib/files';
import { usePeopleOptions, type Option } from './usePeopleOptions';

type Props = Readonly<{ opened: boolean; onClose: () => void; series: ReadonlyArray<Option>; seriesId: SeriesId | null }>;

/** Laporan Tindak Lanjut (DOCX, landscape) for a series and/or a period of meetings. */
export function ReportExportModal({ opened, onClose, series, seriesId }: Props) {
  const { t } = useTranslation('followUp');
  return (
    <Modal opened={opened} onClose={onClose} title={t('report.title')} centered>
      {opened && <ReportForm onClose={onClose} series={series} seriesId={seriesId} />}
    </Modal>
  );
}

function ReportForm({ onClose, series, seriesId }: Readonly<Omit<Props, 'opened'>>) {
  const { t } = useTranslation(['followUp', 'common']);
  const people = usePeopleOptions(true);
  const [chosen, setChosen] = useState<string | null>(seriesId);
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const [signer, setSigner] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const result = await useAppStore.getState().exportFollowUpReport({ seriesId: chosen as SeriesId | null, from, to, signerPersonId: signer as PersonId | null });
    const received = result.ok ? await receiveDelivery(result.value) : result;
    setBusy(false);
    if (!received.ok) {
      setError(received.error.message);
      return;
    }
    if (received.value !== null) notifications.show({ color: 'green', message: t('report.done', { name: received.value }) });
    onClose();
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="sm">
        <Text size="sm">{t('report.intro')}</Text>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Select label={t('report.series')} placeholder={t('report.allSeries')} clearable data={[...series]} value={chosen} onChange={setChosen} />
        <Group grow>
          <DateInput label={t('report.from')} clearable valueFormat="D MMMM YYYY" value={from} onChange={setFrom} />
          <DateInput label={t('report.to')} clearable valueFormat="D MMMM YYYY" value={to} onChange={setTo} />
        </Group>
        <Select label={t('request.signer')} placeholder={t('request.signerPlaceholder')} searchable clearable data={[...people]} value={signer} onChange={setSigner} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={busy}>
            {t('report.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
