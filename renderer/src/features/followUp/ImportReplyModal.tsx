import { Alert, Badge, Button, Group, Loader, Modal, ScrollArea, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StagedFile } from '../../../../shared/domain/files';
import type { ImportOutcome, ImportPreview } from '../../../../shared/domain/followUpViews';
import type { UnitId } from '../../../../shared/domain/ids';
import { DataTable } from '../../components/kit/DataTable';
import { DraftNotice } from '../../components/kit/DraftNotice';
import { RecordSelect, type RecordOption } from '../../components/kit/RecordSelect';
import { useFormDraft } from '../../components/kit/useFormDraft';
import { chooseFile } from '../../lib/files';
import { useAppStore } from '../../store';
import { ErrorAlert } from '../../components/kit/ErrorAlert';

type Props = Readonly<{ opened: boolean; onClose: () => void; units: ReadonlyArray<RecordOption<UnitId>> }>;

const OUTCOME_COLORS: Readonly<Record<ImportOutcome, string>> = { CHANGE: 'blue', UNCHANGED: 'gray', ERROR: 'red' };

export const REPLY_IMPORT_DRAFT = 'reply-import';

export function ImportReplyModal({ opened, onClose, units }: Props) {
  const { t } = useTranslation('followUp');
  return (
    <Modal opened={opened} onClose={onClose} title={t('import.title')} size="xl" centered>
      {opened && <ImportFlow onClose={onClose} units={units} />}
    </Modal>
  );
}

type Step =
  | { kind: 'choose'; error: string | null }
  | { kind: 'reading'; name: string }
  | { kind: 'preview'; file: StagedFile; preview: ImportPreview; error: string | null; busy: boolean };

function ImportFlow({ onClose, units }: Readonly<{ onClose: () => void; units: ReadonlyArray<RecordOption<UnitId>> }>) {
  const { t } = useTranslation(['followUp', 'common']);
  // The OPD she said the file comes from is kept until an import is applied (a reload, a closed dialog).
  const [initial] = useState(() => ({ expected: null as UnitId | null }));
  const form = useFormDraft(REPLY_IMPORT_DRAFT, initial);
  const { expected } = form.values;
  const [step, setStep] = useState<Step>({ kind: 'choose', error: null });
  const expectedInput = expected ? { expectedUnitId: expected } : {};

  async function choose() {
    const picked = await chooseFile('import-followup', '.xlsx');
    if (!picked.ok) return setStep({ kind: 'choose', error: picked.error.message });
    if (picked.value === null) return;
    const file = picked.value;
    setStep({ kind: 'reading', name: file.name });
    const preview = await useAppStore.getState().previewReplyImport({ fileId: file.fileId, ...expectedInput });
    if (!preview.ok) return setStep({ kind: 'choose', error: preview.error.message });
    setStep({ kind: 'preview', file, preview: preview.value, error: null, busy: false });
  }

  async function apply() {
    if (step.kind !== 'preview') return;
    setStep({ ...step, busy: true, error: null });
    const result = await useAppStore.getState().applyReplyImport({ fileId: step.file.fileId, ...expectedInput });
    if (!result.ok) return setStep({ ...step, busy: false, error: result.error.message });
    form.reset(initial);
    notifications.show({
      color: 'green',
      message: t('import.applied', { count: result.value.applied, unit: result.value.unitName }),
    });
    onClose();
  }

  function again() {
    if (step.kind === 'preview') void useAppStore.getState().discardFile({ fileId: step.file.fileId });
    setStep({ kind: 'choose', error: null });
  }

  if (step.kind === 'reading') {
    return (
      <Group gap="sm" py="md" aria-busy="true">
        <Loader size="sm" />
        <Text role="status">{t('import.reading', { name: step.name })}</Text>
      </Group>
    );
  }

  if (step.kind === 'choose') {
    return (
      <Stack gap="sm">
        {form.restoredAt !== null && <DraftNotice savedAt={form.restoredAt} onDiscard={form.discard} />}
        <Text size="sm">{t('import.intro')}</Text>
        <ErrorAlert message={step.error} />
        <RecordSelect
          label={t('import.expected')}
          placeholder={t('import.expectedAny')}
          data={units}
          {...form.field('expected')}
          w={360}
        />
        <Group>
          <Button leftSection={<IconFileSpreadsheet size={16} aria-hidden />} onClick={() => void choose()}>
            {t('import.choose')}
          </Button>
        </Group>
      </Stack>
    );
  }

  const { preview } = step;
  const unchanged = preview.rows.filter((row) => row.outcome === 'UNCHANGED').length;
  const blocked = preview.fileProblems.length > 0 || preview.errors > 0;
  return (
    <Stack gap="sm">
      <div>
        <Text fw={600}>{preview.fileName}</Text>
        {preview.unitName !== '' && <Text size="sm">{t('import.fileUnit', { name: preview.unitName })}</Text>}
        <Group gap="xs" mt={4}>
          <Badge color="blue" variant="light" tt="none">
            {t('import.changes', { count: preview.changes })}
          </Badge>
          <Badge color="gray" variant="light" tt="none">
            {t('import.unchanged', { count: unchanged })}
          </Badge>
          <Badge color={preview.errors > 0 ? 'red' : 'gray'} variant="light" tt="none">
            {t('import.errors', { count: preview.errors })}
          </Badge>
        </Group>
      </div>
      {preview.fileProblems.map((problem) => (
        <Alert key={problem} color="red" role="alert">
          {problem}
        </Alert>
      ))}
      <ErrorAlert message={step.error} />
      {preview.rows.length > 0 && (
        <ScrollArea.Autosize mah={360}>
          <DataTable
            striped
            verticalSpacing={4}
            aria-label={t('import.previewLabel')}
            rows={preview.rows}
            rowKey={(row) => String(row.row)}
            columns={[
              { header: t('import.row'), w: 60, cell: (row) => row.row },
              {
                header: t('import.commitment'),
                cell: (row) => (
                  <>
                    <Text size="sm">{row.commitmentText || '—'}</Text>
                    {row.unitName !== '' && (
                      <Text size="xs" c="dimmed">
                        {row.unitName}
                      </Text>
                    )}
                  </>
                ),
              },
              { header: t('import.change'), cell: (row) => <ReplyChange row={row} /> },
              {
                header: t('table.status'),
                w: 120,
                cell: (row) => (
                  <Badge color={OUTCOME_COLORS[row.outcome]} variant="light" tt="none">
                    {t(`import.outcome.${row.outcome}`)}
                  </Badge>
                ),
              },
            ]}
          />
        </ScrollArea.Autosize>
      )}
      {blocked && (
        <Alert color="orange" role="status">
          {t('import.blocked')}
        </Alert>
      )}
      {!blocked && preview.changes === 0 && <Text size="sm">{t('import.nothing')}</Text>}
      <Group justify="flex-end">
        <Button variant="default" onClick={again}>
          {t('import.another')}
        </Button>
        <Button onClick={() => void apply()} loading={step.busy} disabled={blocked || preview.changes === 0}>
          {t('import.apply', { count: preview.changes })}
        </Button>
      </Group>
    </Stack>
  );
}

/** What one row of her reply changes: the status step and the progress she wrote, or why the row is refused. */
function ReplyChange({ row }: Readonly<{ row: ImportPreview['rows'][number] }>) {
  const { t } = useTranslation('followUp');
  if (row.outcome === 'ERROR')
    return (
      <Text size="sm" c="red.8">
        {row.problem}
      </Text>
    );
  return (
    <>
      {row.currentStatus && row.newStatus && (
        <Text size="sm">
          {t(`status.${row.currentStatus}`)} → {t(`status.${row.newStatus}`)}
        </Text>
      )}
      {(row.progress !== '' || row.percent !== null) && (
        <Text size="xs" c="dimmed">
          {row.progress}
          {row.percent !== null ? ` (${row.percent}%)` : ''}
        </Text>
      )}
      {row.link !== '' && (
        <Text size="xs" c="dimmed">
          {row.link}
        </Text>
      )}
    </>
  );
}
