import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { NOTA_DINAS_STEMS, type ExportableKind, type FileStems } from '../../../../shared/document/fileNames';
import type { MeetingId } from '../../../../shared/domain/ids';
import type { InvitationForm } from '../../../../shared/domain/instansi';
import { useAppStore } from '../../store';

/**
 * The meeting's invitation is a Surat Undangan or a Nota Dinas (her choice in Persiapan, else the
 * instansi's default): the document list and the export dialog name it as it prints, and its file
 * is named as main names it ("Nota Dinas …").
 */
export function useInvitationNames(meetingId: MeetingId): {
  kindName: (kind: ExportableKind) => string;
  stems: FileStems;
} {
  const { t } = useTranslation('documents');
  const letter = useAppStore((s) => s.letters[meetingId]);
  const instansi = useAppStore((s) => s.instansi);
  const loadLetter = useAppStore((s) => s.loadLetter);
  const loadInstansi = useAppStore((s) => s.loadInstansi);
  const letterMissing = letter === undefined;
  const instansiMissing = instansi === null;
  useEffect(() => {
    if (letterMissing) void loadLetter({ meetingId });
  }, [letterMissing, loadLetter, meetingId]);
  useEffect(() => {
    if (instansiMissing) void loadInstansi();
  }, [instansiMissing, loadInstansi]);

  const form: InvitationForm = letter?.form || (instansi?.invitation.form ?? 'SURAT_UNDANGAN');
  const notaDinas = form === 'NOTA_DINAS';
  return {
    kindName: (kind) => (notaDinas && kind === 'SURAT_UNDANGAN' ? t('kinds.NOTA_DINAS') : t(`kinds.${kind}`)),
    stems: notaDinas ? NOTA_DINAS_STEMS : {},
  };
}
