import { useTranslation } from 'react-i18next';
import type { MeetingId } from '../../../../shared/domain/ids';
import type { IpcResult } from '../../../../shared/ipc/result';
import { ReasonModal } from '../../components/kit/ReasonModal';
import type { DialogProps } from '../../components/kit/DialogProps';

type Props = DialogProps &
  Readonly<{
    version: number;
    /** Keys her draft reason to this meeting's version; without it nothing is kept. */
    meetingId?: MeetingId;
    onConfirm: (reason: string) => Promise<IpcResult<unknown>>;
  }>;

/** "Buat revisi": cannot be undone, so it asks, and the reason is required. */
export function RevisionModal({ version, meetingId, onConfirm, ...dialog }: Props) {
  const { t } = useTranslation('approval');
  return (
    <ReasonModal
      {...dialog}
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
