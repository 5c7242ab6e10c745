import { MultiSelect } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { MeetingId, PersonId, UnitId } from '../../../../shared/domain/ids';
import { FormModal } from '../../components/kit/FormModal';
import { useAppStore } from '../../store';
import type { MasterDataOptions } from '../../components/useMasterDataOptions';
import { ErrorAlert } from '../../components/kit/ErrorAlert';

type Props = Readonly<{ meetingId: MeetingId; options: MasterDataOptions; opened: boolean; onClose: () => void }>;

const NOBODY = { unitIds: [] as string[], personIds: [] as string[] };

/** Both pickers alike: search by name, each chosen one leaves the list, a short list that stays on screen. */
const PICKER = { searchable: true, clearable: true, hidePickedOptions: true, maxDropdownHeight: 240 } as const;

export function InviteModal({ meetingId, options, opened, onClose }: Props) {
  const { t } = useTranslation('meeting');
  const invite = useAppStore((s) => s.inviteAttendees);
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={t('attendance.inviteTitle')}
      draftName={`invite:${meetingId}`}
      initial={NOBODY}
      canSubmit={(v) => v.unitIds.length + v.personIds.length > 0}
      onSubmit={(v) => invite({ meetingId, unitIds: v.unitIds as UnitId[], personIds: v.personIds as PersonId[] })}
      onSaved={({ added, skipped }) =>
        notifications.show({
          color: 'green',
          message:
            skipped > 0 ? t('attendance.inviteSkipped', { added, skipped }) : t('attendance.inviteDone', { added }),
        })
      }
      submitLabel={t('attendance.invite')}
    >
      {({ field }) => (
        <>
          <ErrorAlert message={options.error} />
          <MultiSelect
            label={t('attendance.inviteUnits')}
            description={t('attendance.inviteUnitsHelp')}
            data={[...options.unitOptions]}
            {...field('unitIds')}
            {...PICKER}
          />
          <MultiSelect
            label={t('attendance.invitePeople')}
            data={[...options.personOptions]}
            {...field('personIds')}
            {...PICKER}
          />
        </>
      )}
    </FormModal>
  );
}
