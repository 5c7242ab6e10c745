import { useTranslation } from 'react-i18next';
import type { MeetingId, PersonId, UnitId } from '../../../../shared/domain/ids';
import { FormModal } from '../../components/kit/FormModal';
import { useAppStore } from '../../store';
import type { MasterDataOptions } from '../../components/useMasterDataOptions';
import { ErrorAlert } from '../../components/kit/ErrorAlert';
import { RecordMultiSelect } from '../../components/kit/RecordSelect';
import type { DialogProps } from '../../components/kit/DialogProps';

type Props = DialogProps & Readonly<{ meetingId: MeetingId; options: MasterDataOptions }>;

const NOBODY = { unitIds: [] as string[], personIds: [] as string[] };

/** Both lists stay short enough to keep the modal's buttons on screen. */
const LIST_HEIGHT = 240;

export function InviteModal({ meetingId, options, ...dialog }: Props) {
  const { t } = useTranslation('meeting');
  const invite = useAppStore((s) => s.inviteAttendees);
  return (
    <FormModal
      {...dialog}
      title={t('attendance.inviteTitle')}
      draftName={`invite:${meetingId}`}
      initial={NOBODY}
      canSubmit={(v) => v.unitIds.length + v.personIds.length > 0}
      onSubmit={(v) => invite({ meetingId, unitIds: v.unitIds as UnitId[], personIds: v.personIds as PersonId[] })}
      savedMessage={({ added, skipped }) =>
        skipped > 0 ? t('attendance.inviteSkipped', { added, skipped }) : t('attendance.inviteDone', { added })
      }
      submitLabel={t('attendance.invite')}
    >
      {({ field }) => (
        <>
          <ErrorAlert message={options.error} />
          <RecordMultiSelect
            label={t('attendance.inviteUnits')}
            description={t('attendance.inviteUnitsHelp')}
            data={options.unitOptions}
            maxDropdownHeight={LIST_HEIGHT}
            {...field('unitIds')}
          />
          <RecordMultiSelect
            label={t('attendance.invitePeople')}
            data={options.personOptions}
            maxDropdownHeight={LIST_HEIGHT}
            {...field('personIds')}
          />
        </>
      )}
    </FormModal>
  );
}
