import { useTranslation } from 'react-i18next';
import type { MeetingId } from '../../../../shared/domain/ids';
import type { IpcResult } from '../../../../shared/ipc/result';
import { ReasonModal } from '../../components/kit/ReasonModal';

type Props = Readonly<{
  version: number;
  /** Keys her draft reason to this meeting's version; without it nothing is kept. */
  meetingId?: MeetingId;
  opened: boolean;
  onClose: () => void;
  onConfirm: (reason: string) => Promise<IpcResult<unknown>>;
}>;

/** "Buat revisi": cannot be undone, so it asks, and the reason is required. */
export function RevisionModal({ version, meetingId, opened, onClose, onConfirm }: Props) {
  const { t } = useTranslation('approval');
  return (
    <ReasonModal
      opened={opened}
      onClose={onClose}
      title={t('reviseModal.title')}
      help={t('reviseModal.help', { version, next: version + 1 })}
      label={t('reviseModal.reason')}
      placeholder={t('reviseModal.reasonPlaceholder')}
      required
      submitLabel={t('reviseModal.confirm', { next: version + 1 })}
      draftName={meetingId === undefined ? null : `approval:revise:${meetingId}:${version}`}
      onConfirm={onConfirm}
    />
  );
}
