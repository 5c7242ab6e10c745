import { notifications } from '@mantine/notifications';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportableKind } from '../../../../shared/document/fileNames';
import type { MeetingId } from '../../../../shared/domain/ids';
import type { PaperSize } from '../../../../shared/domain/instansi';
import { isDesktopShell } from '../../lib/api';
import { useAppStore } from '../../store';
import { receiveDelivery } from '../../lib/files';

export type PrintChoice = Readonly<{
  meetingId: MeetingId;
  kind: ExportableKind;
  paper: PaperSize;
  readyForTte: boolean;
  /** An office template LibreOffice prints: main makes the PDF in the web shell too. */
  viaMain?: boolean;
}>;

/**
 * "Cetak / PDF". Web shell: the browser's print dialog over the print layer (its "Simpan
 * sebagai PDF" makes the PDF). Desktop: main prints the same pages to PDF and asks where to save.
 * With an office template LibreOffice can print, main makes the PDF from it in both shells.
 */
export function usePrintDocument() {
  const { t } = useTranslation('documents');
  const [printing, setPrinting] = useState(false);
  const [busy, setBusy] = useState(false);

  /** Called by the print layer once it is in the page. */
  const onPrintLayerReady = useCallback(() => {
    // window.print() returns when the dialog closes; the layer goes with it.
    window.print();
    setPrinting(false);
  }, []);

  const print = useCallback(
    async ({ viaMain = false, ...choice }: PrintChoice) => {
      if (!isDesktopShell() && !viaMain) {
        setPrinting(true);
        return;
      }
      setBusy(true);
      const id = notifications.show({ loading: true, message: t('print.preparing'), autoClose: false });
      const result = await useAppStore.getState().exportPdf({ ...choice, fileName: '' });
      const saved = result.ok ? await receiveDelivery(result.value) : result;
      setBusy(false);
      if (!saved.ok)
        notifications.update({
          id,
          loading: false,
          color: 'red',
          title: t('print.failed'),
          message: saved.error.message,
          autoClose: 8000,
        });
      else if (saved.value === null)
        notifications.update({ id, loading: false, message: t('print.cancelled'), autoClose: 4000 });
      else
        notifications.update({
          id,
          loading: false,
          color: 'green',
          message: t('print.saved', { name: saved.value }),
          autoClose: 6000,
        });
    },
    [t],
  );

  return { print, printing, busy, onPrintLayerReady };
}
