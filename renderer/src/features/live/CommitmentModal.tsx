import {
  Autocomplete,
  Button,
  Group,
  Modal,
  MultiSelect,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../../../shared/domain/agenda';
import { FUNDING_SOURCE_SUGGESTIONS, type Commitment } from '../../../../shared/domain/captures';
import type { AgendaItemId, MeetingId, UnitId } from '../../../../shared/domain/ids';
import { resolveDueDate } from '../../../../shared/domain/relativeDate';
import { useLongDate } from '../../lib/useLongDate';
import { useAppStore } from '../../store';
import { agendaOptions } from './DecisionModal';
import { takeHeldKeys } from '../../lib/heldKeys';
import { useSubmitShortcut } from './useSubmitShortcut';
import { expandGroups, filterOwners, firstMatch, ownerOptions } from './ownerOptions';

export type CommitmentDraft = Readonly<{ text: string; agendaItemId: AgendaItemId | null; editing?: Commitment }>;

type Props = Readonly<{
  meetingId: MeetingId;
  meetingDate: string;
  agenda: ReadonlyArray<AgendaItem>;
  /** Units on this meeting's invitation list, in its order: the "Seluruh OPD yang diundang" group. */
  invitedUnitIds: ReadonlyArray<UnitId>;
  draft: CommitmentDraft | null;
  onClose: () => void;
}>;

/**
 * Alt+T: a butir Tindak Lanjut with one or more OPD and a Batas Waktu typed the
 * way it is said ("2 pekan", "akhir Desember"), resolved from the meeting date
 * and shown as a date before it is saved.
 */
export function CommitmentModal({ meetingId, meetingDate, agenda, invitedUnitIds, draft, onClose }: Props) {
  const { t } = useTranslation('live');
  const longDate = useLongDate();
  const units = useAppStore((s) => s.units);
  const unitsLoad = useAppStore((s) => s.unitsLoad);
  const loadUnits = useAppStore((s) => s.loadUnits);
  const createCommitment = useAppStore((s) => s.createCommitment);
  const updateCommitment = useAppStore((s) => s.updateCommitment);
  const [text, setText] = useState('');
  const [owners, setOwners] = useState<string[]>([]);
  const [due, setDue] = useState('');
  const [tag, setTag] = useState('');
  const [fundingSource, setFundingSource] = useState('');
  const [itemId, setItemId] = useState('');
  const [errors, setErrors] = useState<{ text?: string; owners?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);
  const [ownerSearch, setOwnerSearch] = useState('');
  const [ownersOpen, setOwnersOpen] = useState(false);

  useEffect(() => {
    if (draft && unitsLoad.status === 'idle') void loadUnits();
  }, [draft, unitsLoad.status, loadUnits]);

  useEffect(() => {
    if (!draft) return;
    setText(draft.text);
    setOwners(draft.editing ? draft.editing.owners.map((o) => o.unitId) : []);
    setDue(draft.editing?.dueDate ?? '');
    setTag(draft.editing?.programTag ?? '');
    setFundingSource(draft.editing?.fundingSource ?? '');
    setItemId(draft.agendaItemId ?? '');
    setOwnerSearch('');
    setErrors({});
  }, [draft]);

  const resolved = useMemo(() => resolveDueDate(due, meetingDate), [due, meetingDate]);
  const { options: unitOptions, groups } = useMemo(
    () => ownerOptions(units, invitedUnitIds, owners, (count) => t('capture.groupCount', { count })),
    [units, invitedUnitIds, owners, t],
  );
  const filter = useMemo(() => filterOwners(groups), [groups]);
  // A group picked in the list becomes its OPD, each an owner with its own status.
  const pickOwners = (values: string[]) => setOwners(expandGroups(values, groups));

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (!draft || busy) return;
    const found = {
      ...(text.trim() === '' ? { text: t('capture.textRequired') } : {}),
      ...(owners.length === 0 ? { owners: t('capture.ownersRequired') } : {}),
    };
    if (!resolved.ok && resolved.reason !== 'EMPTY')
      return setErrors({ ...found, form: t(`capture.dueErrors.${resolved.reason}`) });
    if (Object.keys(found).length > 0) return setErrors(found);
    setBusy(true);
    const fields = {
      text,
      agendaItemId: (itemId || null) as AgendaItemId | null,
      dueDate: resolved.ok ? resolved.date : null,
      ownerUnitIds: owners as UnitId[],
      programTag: tag,
      fundingSource,
    };
    const result = draft.editing
      ? await updateCommitment({ id: draft.editing.id, ...fields })
      : await createCommitment({ meetingId, ...fields });
    setBusy(false);
    if (!result.ok) return setErrors({ form: result.error.message });
    notifications.show({ message: t('list.commitmentSaved'), color: 'green' });
    onClose();
  };

  const dueDescription = resolved.ok
    ? t('capture.dueResolved', { date: longDate(resolved.date) })
    : resolved.reason === 'EMPTY'
      ? t('capture.dueEmpty')
      : null;

  useSubmitShortcut(draft !== null, () => void submit());

  return (
    <Modal
      opened={draft !== null}
      onClose={onClose}
      title={draft?.editing ? t('capture.commitmentEditTitle') : t('capture.commitmentTitle')}
      size="lg"
    >
      <form onSubmit={(event) => void submit(event)}>
        <Stack gap="sm">
          <Textarea
            label={t('capture.commitmentText')}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            autosize
            minRows={2}
            maxRows={8}
            error={errors.text}
            description={t('capture.saveHint')}
          />
          <MultiSelect
            label={t('capture.owners')}
            placeholder={owners.length === 0 ? t('capture.ownersPlaceholder') : undefined}
            description={
              unitsLoad.status === 'ready' && units.length === 0 ? t('capture.noUnits') : t('capture.ownersHint')
            }
            data={[...unitOptions]}
            filter={filter}
            value={owners}
            onChange={pickOwners}
            searchable
            searchValue={ownerSearch}
            onSearchChange={setOwnerSearch}
            onKeyDown={(event) => {
              // "Ketik nama OPD lalu Enter": with nothing highlighted yet, Enter takes the first match.
              if (event.key !== 'Enter' || ownerSearch.trim() === '') return;
              const list = document.getElementById(event.currentTarget.getAttribute('aria-controls') ?? '');
              if (list?.querySelector('[data-combobox-selected]')) return;
              const first = firstMatch(unitOptions, owners, ownerSearch, groups);
              if (!first) return;
              event.preventDefault();
              pickOwners([...owners, first.value]);
              setOwnerSearch('');
            }}
            dropdownOpened={ownersOpen}
            onDropdownOpen={() => setOwnersOpen(true)}
            onDropdownClose={() => setOwnersOpen(false)}
            onFocus={() => {
              const early = takeHeldKeys();
              if (!early) return;
              setOwnerSearch((current) => current + early);
              setOwnersOpen(true);
            }}
            hidePickedOptions
            selectFirstOptionOnChange
            data-autofocus
            error={errors.owners}
            nothingFoundMessage={t('speaker.none')}
            comboboxProps={{ withinPortal: true }}
          />
          <TextInput
            label={t('capture.due')}
            placeholder={t('capture.duePlaceholder')}
            value={due}
            onChange={(event) => setDue(event.currentTarget.value)}
            description={dueDescription}
            error={!resolved.ok && resolved.reason !== 'EMPTY' ? t(`capture.dueErrors.${resolved.reason}`) : undefined}
            data-testid="due-input"
          />
          <Group grow align="flex-start">
            <TextInput
              label={t('capture.programTag')}
              placeholder={t('capture.programTagPlaceholder')}
              value={tag}
              onChange={(event) => setTag(event.currentTarget.value)}
            />
            <Autocomplete
              label={t('capture.fundingSource')}
              placeholder={t('capture.fundingSourcePlaceholder')}
              data={[...FUNDING_SOURCE_SUGGESTIONS]}
              value={fundingSource}
              onChange={setFundingSource}
              comboboxProps={{ withinPortal: true }}
            />
          </Group>
          <Select
            label={t('capture.agendaItem')}
            data={agendaOptions(agenda, t('capture.noAgendaItem'))}
            value={itemId}
            onChange={(v) => setItemId(v ?? '')}
            allowDeselect={false}
          />
          {errors.form && (
            <Text c="red.8" size="sm" role="alert">
              {errors.form}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('capture.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('capture.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
