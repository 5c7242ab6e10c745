import { Alert, MultiSelect } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { MeetingId, PersonId, UnitId } from '../../../../shared/domain/ids';
import { FormModal } from '../../components/kit/FormModal';
import { useAppStore } from '../../store';
import type { MasterDataOptions } from '../../components/useMasterDataOptions';

type Props = Readonly<{ meetingId: MeetingId; options: MasterDataOptions; opened: boolean; onClose: () => void }>;

const NOBODY = { unitIds: [] as string[], personIds: [] as string[] };

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
      {({ values, change }) => (
        <>
          {options.error && (
            <Alert color="red" role="alert">
              {options.error}
            </Alert>
          )}
          <MultiSelect
            label={t('attendance.inviteUnits')}
            description={t('attendance.inviteUnitsHelp')}
            data={[...options.unitOptions]}
            value={values.unitIds}
            onChange={(value) => change('unitIds', value)}
            searchable
            clearable
            hidePickedOptions
            maxDropdownHeight={240}
          />
          <MultiSelect
            label={t('attendance.invitePeople')}
            data={[...options.personOptions]}
            value={values.personIds}
            onChange={(value) => change('personIds', value)}
            searchable
            clearable
            hidePickedOptions
            maxDropdownHeight={240}
          />
        </>
      )}
    </FormModal>
  );
}
