import { Alert, Button, Code, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconFileExport, IconFileImport } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SectionCard } from '../../components/kit/SectionCard';
import type { StagedFile } from '../../../../shared/domain/files';
import { useAppCommand } from '../../app/appCommands';
import { useAppStore } from '../../store';
import { chooseFile, receiveDelivery } from '../../lib/files';
import { reloadAfterDataSwap } from '../../lib/afterDataSwap';

/**
 * Where the data file is, and the whole archive out to / in from another
 * computer. The recovery screen shows only the import (the damaged file cannot be exported).
 */
export function ArchiveCard({ importOnly = false }: Readonly<{ importOnly?: boolean }>) {
  const { t } = useTranslation(['backups', 'common']);
  const [dataFile, setDataFile] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);
  const [pending, setPending] = useState<StagedFile | null>(null);
  const [importing, setImporting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void useAppStore
      .getState()
      .loadAppInfo()
      .then((result) => result.ok && setDataFile(result.value.dataFile));
  }, []);
  // An archive opened from the file manager (desktop) arrives already staged.
  useAppCommand('open-file:archive', (file) => setPending({ fileId: file.fileId, name: file.name, size: 0 }));

  const exportArchive = async () => {
    setExporting(true);
    const result = await useAppStore.getState().exportArchive({});
    const cancelled = result.ok && result.value.kind === 'cancelled';
    const saved = result.ok ? await receiveDelivery(result.value) : result;
    setExporting(false);
    if (!saved.ok) notifications.show({ color: 'red', message: saved.error.message });
    else if (saved.value) notifications.show({ color: 'green', message: t('archive.exported', { name: saved.value }) });
    else if (cancelled) notifications.show({ color: 'gray', message: t('archive.exportCancelled') });
  };

  const pickArchive = async () => {
    setError(null);
    const picked = await chooseFile('archive', '.risalah,.zip');
    if (!picked.ok) notifications.show({ color: 'red', message: picked.error.message });
    else if (picked.value) setPending(picked.value);
  };

  const cancelImport = () => {
    if (importing) return;
    if (pending) void useAppStore.getState().discardFile({ fileId: pending.fileId });
    setPending(null);
    setError(null);
  };

  const confirmImport = async () => {
    if (!pending) return;
    setImporting(true);
    const result = await useAppStore.getState().importArchive({ fileId: pending.fileId });
    setImporting(false);
    if (result.ok) {
      const { manifest } = result.value;
      reloadAfterDataSwap(t('archive.imported', { version: manifest.appVersion, files: manifest.evidenceFiles }));
    } else setError(result.error.message);
  };

  return (
    <SectionCard id="cadangan-arsip" title={t('archive.title')} help={t('archive.help')}>
      {dataFile && (
        <Text size="sm" mb="sm">
          {t('archive.dataFile')}: <Code style={{ wordBreak: 'break-all' }}>{dataFile}</Code>
        </Text>
      )}
      <Group gap="sm">
        {!importOnly && (
          <Button
            variant="light"
            leftSection={<IconFileExport size={18} aria-hidden />}
            loading={exporting}
            onClick={() => void exportArchive()}
          >
            {t('archive.export')}
          </Button>
        )}
        {exporting && (
          <Button variant="default" onClick={() => void useAppStore.getState().cancelArchiveExport({})}>
            {t('archive.cancelExport')}
          </Button>
        )}
        <Button
          variant="default"
          leftSection={<IconFileImport size={18} aria-hidden />}
          onClick={() => void pickArchive()}
          disabled={exporting}
        >
          {t('archive.import')}
        </Button>
      </Group>
      {exporting && (
        <Text size="sm" c="dimmed" mt="xs" role="status">
          {t('archive.exporting')}
        </Text>
      )}
      <Modal opened={pending !== null} onClose={cancelImport} title={t('archive.confirmTitle')} centered>
        <Stack gap="sm">
          <Text>{t('archive.confirmBody', { name: pending?.name ?? '' })}</Text>
          {error && (
            <Alert color="red" icon={<IconAlertTriangle aria-hidden />} role="alert">
              {error}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={cancelImport} disabled={importing}>
              {t('common:actions.cancel')}
            </Button>
            <Button color="red" loading={importing} onClick={() => void confirmImport()}>
              {t('archive.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </SectionCard>
  );
}
