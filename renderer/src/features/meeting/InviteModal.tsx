import { Alert, Button, Group, Modal, MultiSelect, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingId, PersonId, UnitId } from '../../../../shared/domain/ids';
import { useAppStore } from '../../store';
import type { MasterDataOptions } from '../../components/useMasterDataOptions';

type Props = Readonly<{ meetingId: MeetingId; options: MasterDataOptions; opened: boolean; onClose: () => void }>;

export function InviteModal({ meetingId, options, opened, onClose }: Props) {
  const { t } = useTranslation('meeting');
  return (
    <Modal opened={opened} onClose={onClose} title={t('attendance.inviteTitle')} centered size="lg">
      {opened && <InviteForm meetingId={meetingId} options={options} onDone={onClose} />}
    </Modal>
  );
}

function InviteForm({ meetingId, options, onDone }: Readonly<{ meetingId: MeetingId; options: MasterDataOptions; onDone: () => void }>) {
  const { t } = useTranslation(['meeting', 'common']);
  const invite = useAppStore((s) => s.inviteAttendees);
  const [unitIds, setUnitIds] = useState<string[]>([]);
  const [personIds, setPersonIds] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(options.error);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const result = await invite({ meetingId, unitIds: unitIds as UnitId[], personIds: personIds as PersonId[] });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    const { added, skipped } = result.value;
    notifications.show({ color: 'green', message: skipped > 0 ? t('attendance.inviteSkipped', { added, skipped }) : t('attendance.inviteDone', { added }) });
    onDone();
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <MultiSelect
          label={t('attendance.inviteUnits')}
          description={t('attendance.inviteUnitsHelp')}
          data={[...options.unitOptions]}
          value={unitIds}
          onChange={setUnitIds}
          searchable
          clearable
          hidePickedOptions
          maxDropdownHeight={240}
        />
        <MultiSelect
          label={t('attendance.invitePeople')}
          data={[...options.personOptions]}
          value={personIds}
          onChange={setPersonIds}
          searchable
          clearable
          hidePickedOptions
          maxDropdownHeight={240}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={busy} disabled={unitIds.length + personIds.length === 0}>
            {t('attendance.invite')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
