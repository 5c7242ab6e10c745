import { Alert, Button, Checkbox, Group, Modal, Progress, Radio, Stack, Switch, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconInfoCircle } from '@tabler/icons-react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  EXPORTABLE_KINDS,
  documentFileName,
  exportFileName,
  type ExportableKind,
  type FileStems,
} from '../../../../shared/document/fileNames';
import type { MeetingId } from '../../../../shared/domain/ids';
import { PAPER_SIZES, type PaperSize } from '../../../../shared/domain/instansi';
import { receiveDelivery } from '../../lib/files';
import { useAppStore } from '../../store';
import { usePdfAStatus } from './usePdfAStatus';
import { SegmentedField } from '../../components/kit/SegmentedField';

type Format = 'docx' | 'pdfa';

type Outcome =
  | Readonly<{ kind: 'idle' }>
  | Readonly<{ kind: 'working'; count: number; format: Format }>
  | Readonly<{ kind: 'saved'; name: string; downloaded: boolean }>
  | Readonly<{ kind: 'cancelled' }>
  | Readonly<{ kind: 'failed'; message: string }>;

export type ExportModalProps = Readonly<{
  opened: boolean;
  onClose: () => void;
  meetingId: MeetingId;
  meetingTitle: string;
  meetingDate: string;
  /** What the tab shows now; the modal starts from it. */
  kind: ExportableKind;
  /** Each document's name as the tab shows it (the invitation may be a Nota Dinas). */
  kindName?: (kind: ExportableKind) => string;
  /** The file words of the documents named otherwise ("Nota Dinas …"). */
  fileStems?: FileStems;
  paper: PaperSize;
  readyForTte: boolean;
  /** "Cetak / PDF" of the tab, offered when PDF/A cannot be made here. */
  onPrint?: () => void;
}>;

/**
 * "Ekspor dokumen…": documents, format (DOCX or PDF/A), paper and file name; main builds and saves (or the browser downloads).
 * Format PDF/A (arsip): one document, converted from its DOCX by LibreOffice in main.
 */
export function ExportModal(props: ExportModalProps) {
  const { t } = useTranslation('documents');
  const exportDocuments = useAppStore((s) => s.exportDocuments);
  const exportPdfA = useAppStore((s) => s.exportPdfA);
  const cancelExport = useAppStore((s) => s.cancelExport);
  const pdfA = usePdfAStatus(props.opened);
  const [format, setFormat] = useState<Format>('docx');
  const [kinds, setKinds] = useState<ExportableKind[]>([props.kind]);
  const [paper, setPaper] = useState<PaperSize>(props.paper);
  const [tte, setTte] = useState(props.readyForTte);
  const [fileName, setFileName] = useState('');
  const [nameTouched, setNameTouched] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const pdfAKind = kinds[0] ?? props.kind;
  const kindLabel = props.kindName ?? ((kind: ExportableKind) => t(`kinds.${kind}`));
  const defaultName =
    format === 'pdfa'
      ? documentFileName(pdfAKind, props.meetingTitle, props.meetingDate, 'pdf', props.fileStems)
      : exportFileName(kinds, props.meetingTitle, props.meetingDate, props.fileStems);

  // Each opening starts from what the tab shows.
  useEffect(() => {
    if (!props.opened) return;
    setKinds([props.kind]);
    setFormat('docx');
    setPaper(props.paper);
    setTte(props.readyForTte);
    setNameTouched(false);
    setOutcome({ kind: 'idle' });
  }, [props.opened, props.kind, props.paper, props.readyForTte]);

  // Until she types her own name, the name follows the documents chosen.
  useEffect(() => {
    if (!nameTouched) setFileName(defaultName);
  }, [defaultName, nameTouched]);

  const working = outcome.kind === 'working';
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (kinds.length === 0 || working) return;
    setOutcome({ kind: 'working', count: format === 'pdfa' ? 1 : kinds.length, format });
    const ordered = EXPORTABLE_KINDS.filter((kind) => kinds.includes(kind));
    const common = { meetingId: props.meetingId, paper, readyForTte: tte, fileName };
    const result =
      format === 'pdfa'
        ? await exportPdfA({ ...common, kind: pdfAKind })
        : await exportDocuments({ ...common, kinds: ordered });
    const delivered = result.ok ? await receiveDelivery(result.value) : result;
    if (!delivered.ok) setOutcome({ kind: 'failed', message: delivered.error.message });
    else if (delivered.value === null) setOutcome({ kind: 'cancelled' });
    else
      setOutcome({ kind: 'saved', name: delivered.value, downloaded: result.ok && result.value.kind === 'download' });
  };

  const done = outcome.kind === 'saved' || outcome.kind === 'cancelled';
  return (
    <Modal
      opened={props.opened}
      onClose={working ? () => undefined : props.onClose}
      title={t('exportModal.title')}
      size="lg"
      closeOnClickOutside={!working}
    >
      <form onSubmit={(event) => void submit(event)}>
        <Stack gap="md">
          <SegmentedField<Format>
            id="export-format-label"
            label={t('exportModal.format')}
            value={format}
            onChange={setFormat}
            data={[
              { value: 'docx', label: t('exportModal.formatDocx') },
              { value: 'pdfa', label: t('exportModal.formatPdfA'), disabled: !pdfA.available },
            ]}
            disabled={working}
          >
            {pdfA.message !== null && (
              <Alert color="yellow" icon={<IconInfoCircle aria-hidden />} mt={6} role="note">
                <Text size="sm">{pdfA.message}</Text>
                {props.onPrint && (
                  <Button size="xs" variant="light" mt={6} onClick={props.onPrint}>
                    {t('exportModal.printInstead')}
                  </Button>
                )}
              </Alert>
            )}
          </SegmentedField>
          {format === 'pdfa' ? (
            <Radio.Group
              label={t('exportModal.pdfADocument')}
              description={t('exportModal.pdfAHelp')}
              value={pdfAKind}
              onChange={(value) => setKinds([value as ExportableKind])}
            >
              <Stack gap={6} mt={6}>
                {EXPORTABLE_KINDS.map((kind) => (
                  <Radio key={kind} value={kind} label={kindLabel(kind)} disabled={working} />
                ))}
              </Stack>
            </Radio.Group>
          ) : (
            <Checkbox.Group
              label={t('exportModal.documents')}
              description={t('exportModal.documentsHelp')}
              value={kinds}
              onChange={(value) => setKinds(value as ExportableKind[])}
              error={kinds.length === 0 ? t('exportModal.chooseOne') : undefined}
            >
              <Stack gap={6} mt={6}>
                {EXPORTABLE_KINDS.map((kind) => (
                  <Checkbox key={kind} value={kind} label={kindLabel(kind)} disabled={working} />
                ))}
              </Stack>
            </Checkbox.Group>
          )}
          <SegmentedField
            id="export-paper-label"
            label={t('exportModal.paper')}
            value={paper}
            onChange={setPaper}
            data={PAPER_SIZES.map((size) => ({
              value: size,
              label: t(size === 'F4' ? 'toolbar.paperF4' : 'toolbar.paperA4'),
            }))}
            disabled={working}
          />
          <Switch
            label={t('exportModal.readyForTte')}
            checked={tte}
            onChange={(event) => setTte(event.currentTarget.checked)}
            disabled={working}
          />
          <TextInput
            label={t('exportModal.fileName')}
            description={t('exportModal.fileNameHelp')}
            value={fileName}
            onChange={(event) => {
              setNameTouched(true);
              setFileName(event.currentTarget.value);
            }}
            maxLength={200}
            disabled={working}
          />
          {working && (
            <Stack gap={4} role="status">
              <Text size="sm">
                {outcome.format === 'pdfa'
                  ? t('exportModal.pdfAProgress')
                  : t('exportModal.progress', { count: outcome.count })}
              </Text>
              <Progress value={100} animated striped aria-label={t('exportModal.progress', { count: outcome.count })} />
            </Stack>
          )}
          {outcome.kind === 'saved' && (
            <Alert color="green" icon={<IconCircleCheck aria-hidden />} role="status">
              {outcome.downloaded
                ? t('exportModal.downloaded', { name: outcome.name })
                : t('exportModal.saved', { name: outcome.name })}
            </Alert>
          )}
          {outcome.kind === 'cancelled' && (
            <Alert color="gray" icon={<IconInfoCircle aria-hidden />} role="status">
              {t('exportModal.cancelled')}
            </Alert>
          )}
          {outcome.kind === 'failed' && (
            <Alert color="red" icon={<IconAlertTriangle aria-hidden />} title={t('exportModal.failed')} role="alert">
              {outcome.message}
            </Alert>
          )}
          <Group justify="flex-end">
            {working ? (
              <Button variant="default" onClick={() => void cancelExport({})}>
                {t('exportModal.stop')}
              </Button>
            ) : (
              <Button variant="default" onClick={props.onClose} disabled={working}>
                {done ? t('exportModal.close') : t('exportModal.cancel')}
              </Button>
            )}
            <Button type="submit" loading={working} disabled={kinds.length === 0}>
              {t('exportModal.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
