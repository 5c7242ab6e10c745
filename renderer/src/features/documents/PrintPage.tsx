import { Alert, Loader, Text } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router-dom';
import { EXPORTABLE_KINDS, type ExportableKind } from '../../../../shared/document/fileNames';
import type { OfficialDocument } from '../../../../shared/document/model';
import type { MeetingId } from '../../../../shared/domain/ids';
import { PAPER_SIZES, type PaperSize } from '../../../../shared/domain/instansi';
import { DocumentPreview } from './DocumentPreview';
import { useDocumentPreviewData } from './useDocumentPreviewData';
import { usePrintTitle } from './usePrintTitle';

/** Tells whoever prints this page (the desktop's hidden window, a test) that the pages are laid out. */
function markPrintState(state: 'ready' | 'error' | null): void {
  if (state === null) delete document.documentElement.dataset['risalahPrint'];
  else document.documentElement.dataset['risalahPrint'] = state;
}

function kindOf(value: string | null): ExportableKind {
  return (EXPORTABLE_KINDS as ReadonlyArray<string>).includes(value ?? '') ? (value as ExportableKind) : 'NOTULA';
}

function paperOf(value: string | null): PaperSize | undefined {
  return (PAPER_SIZES as ReadonlyArray<string>).includes(value ?? '') ? (value as PaperSize) : undefined;
}

/**
 * #/cetak/:id?dokumen=NOTULA&kertas=F4&tte=0 — one document's pages and nothing else: what the
 * desktop prints to PDF in a hidden window, and what a browser prints as it is.
 */
export function PrintPage() {
  const { t } = useTranslation('documents');
  const meetingId = (useParams()['id'] ?? '') as MeetingId;
  const [params] = useSearchParams();
  const kind = kindOf(params.get('dokumen'));
  const paper = paperOf(params.get('kertas'));
  const tte = params.get('tte');
  const readyForTte = tte === null ? undefined : tte === '1';
  const { state } = useDocumentPreviewData({ meetingId, kind, paper, readyForTte });
  const shown = state.status === 'ready' ? state.preview.document : null;
  // Ready means: the document of the current address is laid out, not the one before it.
  const [laidOut, setLaidOut] = useState<OfficialDocument | null>(null);
  const onLaidOut = useCallback(() => setLaidOut(shown), [shown]);
  const ready = shown !== null && state.status === 'ready' && !state.refreshing && laidOut === shown;
  usePrintTitle(shown);

  useEffect(() => {
    markPrintState(state.status === 'error' ? 'error' : ready ? 'ready' : null);
    return () => markPrintState(null);
  }, [state.status, ready]);

  if (state.status === 'error') {
    return (
      <Alert color="red" title={t('printPage.failed')} role="alert" m="md">
        {state.message}
      </Alert>
    );
  }
  if (state.status === 'loading') {
    return (
      <div role="status" style={{ padding: 16, display: 'flex', gap: 8, alignItems: 'center' }}>
        <Loader size="sm" aria-hidden />
        <Text size="sm">{t('printPage.loading')}</Text>
      </div>
    );
  }
  return (
    <DocumentPreview
      doc={state.preview.document}
      label={t('preview.label', { document: t(`kinds.${kind}`) })}
      printView
      onLaidOut={onLaidOut}
    />
  );
}
