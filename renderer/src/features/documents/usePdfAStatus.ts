import { useEffect, useState } from 'react';
import type { PdfAStatus } from '../../../../shared/ipc/documentsContract';
import { useAppStore } from '../../store';

/** Whether main found LibreOffice, asked each time the export modal opens (she may have installed it since). */
export function usePdfAStatus(opened: boolean): PdfAStatus {
  const pdfAStatus = useAppStore((s) => s.pdfAStatus);
  const [status, setStatus] = useState<PdfAStatus>({ available: false, message: null });
  useEffect(() => {
    if (!opened) return;
    let current = true;
    void pdfAStatus({}).then((result) => {
      if (current && result.ok) setStatus(result.value);
    });
    return () => {
      current = false;
    };
  }, [opened, pdfAStatus]);
  return status;
}
