import { useTranslation } from 'react-i18next';
import type { ApprovalState } from '../../../../shared/domain/approval';
import type { IpcResult } from '../../../../shared/ipc/result';
import { ReasonModal } from '../../components/kit/ReasonModal';
import type { DialogProps } from '../../components/kit/DialogProps';

type Props = DialogProps &
  Readonly<{
    state: ApprovalState;
    onConfirm: (note: string) => Promise<IpcResult<unknown>>;
  }>;

/** "Ajukan ke Pimpinan": names the chair it goes to; a note is optional. */
export function SubmitModal({ state, onConfirm, ...dialog }: Props) {
  const { t } = useTranslation('approval');
  const chair = state.people.find((person) => person.role === 'CHAIR');
  return (
    <ReasonModal
      {...dialog}
      title={t('submitModal.title')}
      help={t('submitModal.body', { version: state.version, name: chair?.name ?? '—' })}
      label={t('submitModal.note')}
      submitLabel={t('submitModal.confirm')}
      draftName={`approval:submit:${state.meetingId}:${state.version}`}
      onConfirm={onConfirm}
    />
  );
}
