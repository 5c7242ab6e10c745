import { Button, Code, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileExport, IconFileImport } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../components/kit/ConfirmModal';
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
    const picked = await chooseFile('archive', '.risalah,.zip');
    if (!picked.ok) notifications.show({ color: 'red', message: picked.error.message });
    else if (picked.value) setPending(picked.value);
  };

  // Batal gives the staged copy back: nothing of it stays in the temporary folder.
  const cancelImport = () => {
    if (pending) void useAppStore.getState().discardFile({ fileId: pending.fileId });
    setPending(null);
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
      <ConfirmModal
        subject={pending}
        onClose={cancelImport}
        title={t('archive.confirmTitle')}
        confirmLabel={t('archive.confirm')}
        onConfirm={(file) => useAppStore.getState().importArchive({ fileId: file.fileId })}
        onConfirmed={({ manifest }) =>
          reloadAfterDataSwap(t('archive.imported', { version: manifest.appVersion, files: manifest.evidenceFiles }))
        }
      >
        {(file) => <Text>{t('archive.confirmBody', { name: file.name })}</Text>}
      </ConfirmModal>
    </SectionCard>
  );
}
