import { Alert, Button, Group, List, Modal, Progress, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { MasterImportPreview } from '../../../../shared/ipc/importContract';
import { useAppStore } from '../../store';
import { ImportDropZone } from './ImportDropZone';
import { ImportPreviewTable } from './ImportPreviewTable';
import { useMasterImport } from './useMasterImport';

type Props = Readonly<{ opened: boolean; onClose: () => void }>;

export function ImportModal({ opened, onClose }: Props) {
  const { t } = useTranslation('masterData');
  return (
    <Modal opened={opened} onClose={onClose} title={t('import.title')} size="xl" centered>
      {opened && <ImportFlow onDone={onClose} />}
    </Modal>
  );
}

const STAGE_PROGRESS = { uploading: 20, checking: 55, saving: 85 } as const;

function ImportFlow({ onDone }: Readonly<{ onDone: () => void }>) {
  const { t } = useTranslation(['masterData', 'common']);
  const { step, pick, drop, apply, reset, cancel } = useMasterImport();
  const loadUnits = useAppStore((s) => s.loadUnits);
  const loadPeople = useAppStore((s) => s.loadPeople);

  const commit = async () => {
    const result = await apply();
    if (!result) return;
    notifications.show({
      color: 'green',
      message: t('import.done', {
        units: result.unitsCreated,
        people: result.peopleCreated,
        seconds: (result.elapsedMs / 1000).toLocaleString('id-ID', { maximumFractionDigits: 2 }),
      }),
    });
    await Promise.all([loadUnits(), loadPeople()]);
    onDone();
  };

  if (step.kind === 'working' || step.kind === 'done') {
    const stage = step.kind === 'done' ? 'saving' : step.stage;
    return (
      <Stack gap="sm" py="md" aria-busy="true">
        <Text role="status">{t(`import.stages.${stage}`, { count: step.kind === 'working' ? step.rows : 0 })}</Text>
        <Progress
          value={STAGE_PROGRESS[stage]}
          animated
          striped
          size="lg"
          aria-label={t(`import.stages.${stage}`, { count: 0 })}
        />
        {step.kind === 'working' && stage !== 'uploading' && (
          <Group justify="flex-end">
            {/* While checking nothing is written: "Batalkan" goes back to choosing, and a newer file's check ends this one. */}
            <Button variant="default" onClick={stage === 'saving' ? cancel : reset}>
              {t('import.cancel')}
            </Button>
          </Group>
        )}
      </Stack>
    );
  }

  if (step.kind === 'choose') {
    return (
      <Stack gap="sm">
        {step.error && (
          <Alert color="red" role="alert">
            {step.error}
          </Alert>
        )}
        <Text size="sm">{t('import.intro')}</Text>
        <List size="sm">
          <List.Item>{t('import.columnsUnits')}</List.Item>
          <List.Item>{t('import.columnsPeople')}</List.Item>
        </List>
        <ImportDropZone onPick={() => void pick()} onDrop={(file) => void drop(file)} />
      </Stack>
    );
  }

  const { preview, error } = step;
  const { summary } = preview;
  const ready = summary.errorRows === 0;
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-start">
        <div>
          <Text fw={600}>{preview.fileName}</Text>
          <FormatLabel preview={preview} />
        </div>
        <Text size="sm" ta="right" role="status">
          {t('import.summary', { rows: summary.rows, ok: summary.okRows, errors: summary.errorRows })}
          <br />
          {t('import.summaryNew', { units: summary.newUnits, people: summary.newPeople })}
        </Text>
      </Group>
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      {!ready && (
        <Alert color="orange" title={t('import.blockedTitle')}>
          {t('import.blocked', { count: summary.errorRows })}
        </Alert>
      )}
      <ImportPreviewTable rows={preview.rows} multiSheet={new Set(preview.rows.map((r) => r.sheet)).size > 1} />
      <Group justify="space-between" mt="xs">
        <Button variant="default" onClick={reset}>
          {t('import.chooseOther')}
        </Button>
        <Group gap="sm">
          <Button variant="default" onClick={onDone}>
            {t('common:actions.cancel')}
          </Button>
          <Button onClick={() => void commit()} disabled={!ready}>
            {t('import.apply', { count: summary.rows })}
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}

/** "CSV, pemisah titik koma, Windows-1252" so a wrong guess is visible before anything is written. */
function FormatLabel({ preview }: Readonly<{ preview: MasterImportPreview }>) {
  const { t } = useTranslation('masterData');
  const { type, delimiter, encoding } = preview.format;
  const name = delimiter === ';' ? 'semicolon' : delimiter === '\t' ? 'tab' : 'comma';
  return (
    <Text size="sm" c="dimmed">
      {type === 'xlsx'
        ? t('import.formatXlsx')
        : t('import.formatCsv', { delimiter: t(`import.delimiters.${name}`), encoding: encoding ?? 'UTF-8' })}
    </Text>
  );
}
