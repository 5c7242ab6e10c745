import { useRef, useState } from 'react';
import type { StagedFile } from '../../../../shared/domain/files';
import type { MasterImportPreview, MasterImportResult } from '../../../../shared/ipc/importContract';
import type { IpcResult } from '../../../../shared/ipc/result';
import { useAppStore } from '../../store';
import { chooseFile, uploadFile } from '../../lib/files';

export const IMPORT_ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Where the import is; `working` names the step so the progress bar can say it. */
export type ImportStep =
  | Readonly<{ kind: 'choose'; error: string | null }>
  | Readonly<{ kind: 'working'; stage: 'uploading' | 'checking' | 'saving'; rows: number }>
  | Readonly<{ kind: 'preview'; fileId: string; preview: MasterImportPreview; error: string | null }>
  | Readonly<{ kind: 'done'; result: MasterImportResult }>;

/**
 * Choose or drop a file -> main stages it -> preview (nothing written) -> apply
 * (everything or nothing). Every failure lands back on a step with main's message.
 */
export function useMasterImport() {
  const [step, setStep] = useState<ImportStep>({ kind: 'choose', error: null });
  // Each file chosen (and each "Batalkan" while checking) starts a new round: an older check's
  // answer, even one main did not manage to end first, is never shown over a newer file.
  const round = useRef(0);

  const previewStaged = async (staged: IpcResult<StagedFile | null>) => {
    const mine = ++round.current;
    if (!staged.ok) return setStep({ kind: 'choose', error: staged.error.message });
    if (staged.value === null) return setStep({ kind: 'choose', error: null });
    setStep({ kind: 'working', stage: 'checking', rows: 0 });
    const { fileId } = staged.value;
    const preview = await useAppStore.getState().previewMasterImport(fileId);
    if (mine !== round.current) return;
    if (!preview.ok) return setStep({ kind: 'choose', error: preview.error.message });
    setStep({ kind: 'preview', fileId, preview: preview.value, error: null });
  };

  const pick = async () => {
    setStep({ kind: 'working', stage: 'uploading', rows: 0 });
    await previewStaged(await chooseFile('import-master', IMPORT_ACCEPT));
  };

  const drop = async (file: File) => {
    setStep({ kind: 'working', stage: 'uploading', rows: 0 });
    await previewStaged(await uploadFile('import-master', file));
  };

  const apply = async (): Promise<MasterImportResult | null> => {
    if (step.kind !== 'preview') return null;
    const { fileId, preview } = step;
    setStep({ kind: 'working', stage: 'saving', rows: preview.summary.rows });
    const result = await useAppStore.getState().applyMasterImport(fileId);
    if (!result.ok) {
      setStep({ kind: 'preview', fileId, preview, error: result.error.message });
      return null;
    }
    setStep({ kind: 'done', result: result.value });
    return result.value;
  };

  const reset = () => {
    round.current += 1;
    setStep({ kind: 'choose', error: null });
  };

  // The running apply answers with main's "Impor dibatalkan…" and lands back on the preview.
  const cancel = () => void useAppStore.getState().cancelMasterImport();

  return { step, pick, drop, apply, reset, cancel };
}
