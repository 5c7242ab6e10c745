import { useEffect, useState } from 'react';
import type { ExportableKind } from '../../../../shared/document/fileNames';
import type { MeetingId } from '../../../../shared/domain/ids';
import type { PaperSize } from '../../../../shared/domain/instansi';
import type { DocumentPreview } from '../../../../shared/ipc/documentsContract';
import { useAppStore } from '../../store';

export type PreviewState =
  | Readonly<{ status: 'loading' }>
  | Readonly<{ status: 'error'; message: string }>
  | Readonly<{ status: 'ready'; preview: DocumentPreview; refreshing: boolean }>;

export type PreviewChoice = Readonly<{
  meetingId: MeetingId;
  kind: ExportableKind;
  paper?: PaperSize;
  readyForTte?: boolean;
}>;

/**
 * The model of one document, rebuilt by main whenever a choice changes or she reloads.
 * The previous pages stay on screen while the next ones come, and an answer that arrives
 * after a newer request is dropped.
 */
export function useDocumentPreviewData(choice: PreviewChoice): { state: PreviewState; reload: () => void } {
  const previewDocument = useAppStore((s) => s.previewDocument);
  const [state, setState] = useState<PreviewState>({ status: 'loading' });
  const [round, setRound] = useState(0);
  const { meetingId, kind, paper, readyForTte } = choice;

  useEffect(() => {
    let stale = false;
    setState((previous) => (previous.status === 'ready' ? { ...previous, refreshing: true } : { status: 'loading' }));
    const input = {
      meetingId,
      kind,
      ...(paper ? { paper } : {}),
      ...(readyForTte === undefined ? {} : { readyForTte }),
    };
    void previewDocument(input).then((result) => {
      if (stale) return;
      setState(
        result.ok
          ? { status: 'ready', preview: result.value, refreshing: false }
          : { status: 'error', message: result.error.message },
      );
    });
    return () => {
      stale = true;
    };
  }, [previewDocument, meetingId, kind, paper, readyForTte, round]);

  return { state, reload: () => setRound((value) => value + 1) };
}
