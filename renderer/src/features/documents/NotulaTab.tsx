import { Alert, Button, Group, List, Loader, Select, Stack, Switch, Text } from '@mantine/core';
import {
  IconAlertTriangle,
  IconCircleCheck,
  IconFileExport,
  IconFileTypeDocx,
  IconPrinter,
  IconRefresh,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPORTABLE_KINDS, type ExportableKind } from '../../../../shared/document/fileNames';
import { PAPER_SIZES, type PaperSize } from '../../../../shared/domain/instansi';
import { LoadError } from '../../components/LoadError';
import { useShownDocumentPrinter } from '../../lib/documentPrint';
import type { MeetingTabProps } from '../../components/meetingTab';
import { DocumentPreview } from './DocumentPreview';
import { ExportModal } from './ExportModal';
import { useDocumentPreviewData } from './useDocumentPreviewData';
import { useInvitationNames } from './useInvitationNames';
import { usePrintDocument } from './usePrintDocument';
import { useAppCommand } from '../../app/appCommands';
import { SegmentedField } from '../../components/kit/SegmentedField';

/** Problems the builders found, to fix before printing; said in words, not only by colour. */
function Warnings({ warnings, hint }: { warnings: ReadonlyArray<string>; hint: string }) {
  const { t } = useTranslation('documents');
  if (warnings.length === 0) {
    return (
      <Group gap={6} c="green.8">
        <IconCircleCheck size={18} aria-hidden />
        <Text size="sm">{t('warnings.none')}</Text>
      </Group>
    );
  }
  return (
    <Alert color="yellow" icon={<IconAlertTriangle aria-hidden />} title={t('warnings.title')}>
      <List size="sm" spacing={2}>
        {warnings.map((warning) => (
          <List.Item key={warning}>{warning}</List.Item>
        ))}
      </List>
      <Text size="xs" c="dimmed" mt={6}>
        {hint}
      </Text>
    </Alert>
  );
}

/** The Notula tab: the documents themselves, as they print, with export and print. */
export function NotulaTab({ meeting }: MeetingTabProps) {
  const { t } = useTranslation('documents');
  const [kind, setKind] = useState<ExportableKind>('NOTULA');
  const [paper, setPaper] = useState<PaperSize | undefined>(undefined);
  const [readyForTte, setReadyForTte] = useState<boolean | undefined>(undefined);
  const [exportOpen, setExportOpen] = useState(false);
  const [pages, setPages] = useState<number | null>(null);
  const { state, reload } = useDocumentPreviewData({ meetingId: meeting.id, kind, paper, readyForTte });
  const printer = usePrintDocument();

  const preview = state.status === 'ready' ? state.preview : null;
  const effectivePaper = preview?.paper ?? paper ?? 'F4';
  const effectiveTte = preview?.readyForTte ?? readyForTte ?? false;
  const { kindName, stems } = useInvitationNames(meeting.id);
  const documentName = kindName(kind);
  const printNow = () => {
    if (preview !== null && !printer.busy)
      void printer.print({
        meetingId: meeting.id,
        kind,
        paper: effectivePaper,
        readyForTte: effectiveTte,
        viaMain: preview.officeTemplate?.pdfByLibreOffice === true,
      });
  };
  // "Ekspor dokumen" in Ctrl+K opens the same dialog as the button, from any tab of the meeting.
  useAppCommand('export-documents', () => setExportOpen(true));
  // Ctrl+P here (even from the paper list) prints the document, not the screen around it.
  useShownDocumentPrinter(printNow);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Group align="flex-end" gap="sm">
          <SegmentedField
            id="document-kind-label"
            label={t('toolbar.document')}
            value={kind}
            onChange={(value) => {
              setPages(null);
              setKind(value);
            }}
            data={EXPORTABLE_KINDS.map((value) => ({ value, label: kindName(value) }))}
          />
          <Select
            label={t('toolbar.paper')}
            w={190}
            allowDeselect={false}
            value={effectivePaper}
            onChange={(value) => value && setPaper(value as PaperSize)}
            data={PAPER_SIZES.map((size) => ({
              value: size,
              label: t(size === 'F4' ? 'toolbar.paperF4' : 'toolbar.paperA4'),
            }))}
          />
          <Switch
            label={t('toolbar.readyForTte')}
            title={t('toolbar.readyForTteHelp')}
            checked={effectiveTte}
            onChange={(event) => setReadyForTte(event.currentTarget.checked)}
            mb={8}
          />
        </Group>
        <Group gap="xs">
          <Button variant="subtle" leftSection={<IconRefresh size={16} aria-hidden />} onClick={reload}>
            {t('toolbar.reload')}
          </Button>
          <Button
            variant="default"
            leftSection={<IconFileExport size={16} aria-hidden />}
            onClick={() => setExportOpen(true)}
          >
            {t('toolbar.export')}
          </Button>
          <Button
            leftSection={<IconPrinter size={16} aria-hidden />}
            disabled={preview === null}
            loading={printer.busy}
            onClick={printNow}
            title={t('toolbar.printShortcut')}
          >
            {t('toolbar.print')}
          </Button>
        </Group>
      </Group>

      {state.status === 'loading' && (
        <Group gap="xs" role="status">
          <Loader size="sm" aria-hidden />
          <Text size="sm">{t('preview.loading')}</Text>
        </Group>
      )}
      {state.status === 'error' && (
        <LoadError title={t('preview.loadError')} message={state.message} onRetry={reload} />
      )}
      {preview && (
        <>
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <Stack gap="xs" style={{ flex: 1 }}>
              {preview.officeTemplate && (
                <Alert
                  color={preview.officeTemplate.pdfByLibreOffice ? 'blue' : 'yellow'}
                  icon={<IconFileTypeDocx aria-hidden />}
                  title={t('preview.templateTitle', { name: preview.officeTemplate.name })}
                  role="note"
                >
                  <Text size="sm">
                    {preview.officeTemplate.pdfByLibreOffice
                      ? t('preview.templateByLibreOffice')
                      : t('preview.templateNoLibreOffice')}
                  </Text>
                </Alert>
              )}
              <Warnings warnings={preview.document.warnings} hint={t('warnings.hint')} />
            </Stack>
            <Text size="sm" c="dimmed" role="status" aria-live="polite">
              {state.status === 'ready' && state.refreshing
                ? t('preview.loading')
                : pages === null
                  ? t('preview.measuring')
                  : t('preview.pages', { count: pages })}
            </Text>
          </Group>
          <DocumentPreview
            doc={preview.document}
            label={t('preview.label', { document: documentName })}
            printing={printer.printing}
            onPrintLayerReady={printer.onPrintLayerReady}
            onLaidOut={setPages}
          />
        </>
      )}
      <ExportModal
        opened={exportOpen}
        onClose={() => setExportOpen(false)}
        meetingId={meeting.id}
        meetingTitle={meeting.title}
        meetingDate={meeting.date}
        kind={kind}
        kindName={kindName}
        fileStems={stems}
        paper={effectivePaper}
        readyForTte={effectiveTte}
        onPrint={() => {
          setExportOpen(false);
          printNow();
        }}
      />
    </Stack>
  );
}
