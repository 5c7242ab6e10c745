import { Autocomplete, Group, MultiSelect, TextInput } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../../../shared/domain/agenda';
import { FUNDING_SOURCE_SUGGESTIONS, type Commitment } from '../../../../shared/domain/captures';
import type { AgendaItemId, MeetingId, UnitId } from '../../../../shared/domain/ids';
import { resolveDueDate } from '../../../../shared/domain/relativeDate';
import { useFormDraft } from '../../components/kit/useFormDraft';
import { useLongDate } from '../../lib/useLongDate';
import { useAppStore } from '../../store';
import { takeHeldKeys } from '../../lib/heldKeys';
import { AgendaItemSelect, CaptureForm, CaptureModal, captureDraftName, type CaptureDraft } from './CaptureForm';
import { expandGroups, filterOwners, firstMatch, ownerOptions } from './ownerOptions';

export type CommitmentDraft = CaptureDraft<Commitment>;

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
export function CommitmentModal(props: Props) {
  const { draft, meetingId, onClose } = props;
  return (
    <CaptureModal kind="commitment" meetingId={meetingId} draft={draft} onClose={onClose}>
      {(opened) => <CommitmentForm {...props} draft={opened} />}
    </CaptureModal>
  );
}

function CommitmentForm({
  meetingId,
  meetingDate,
  agenda,
  invitedUnitIds,
  draft,
  onClose,
}: Props & Readonly<{ draft: CommitmentDraft }>) {
  const { t } = useTranslation('live');
  const longDate = useLongDate();
  const units = useAppStore((s) => s.units);
  const unitsLoad = useAppStore((s) => s.unitsLoad);
  const loadUnits = useAppStore((s) => s.loadUnits);
  const unitGroups = useAppStore((s) => s.unitGroups);
  const unitGroupsLoad = useAppStore((s) => s.unitGroupsLoad);
  const loadUnitGroups = useAppStore((s) => s.loadUnitGroups);
  const createCommitment = useAppStore((s) => s.createCommitment);
  const updateCommitment = useAppStore((s) => s.updateCommitment);
  // What she typed survives closing the dialog by accident, a route change or a reload.
  const [initial] = useState(() => ({
    text: draft.text,
    owners: draft.editing ? draft.editing.owners.map((o) => o.unitId as string) : ([] as string[]),
    due: draft.editing?.dueDate ?? '',
    tag: draft.editing?.programTag ?? '',
    fundingSource: draft.editing?.fundingSource ?? '',
    itemId: draft.agendaItemId ?? '',
  }));
  const form = useFormDraft(captureDraftName('commitment', meetingId, draft), initial);
  const { text, owners, due, tag, fundingSource, itemId } = form.values;
  const [errors, setErrors] = useState<{ text?: string; owners?: string; form?: string }>({});
  const [ownerSearch, setOwnerSearch] = useState('');
  const [ownersOpen, setOwnersOpen] = useState(false);

  useEffect(() => {
    if (unitsLoad.status === 'idle') void loadUnits();
    if (unitGroupsLoad.status === 'idle') void loadUnitGroups();
  }, [unitsLoad.status, loadUnits, unitGroupsLoad.status, loadUnitGroups]);

  const resolved = useMemo(() => resolveDueDate(due, meetingDate), [due, meetingDate]);
  const { options: unitOptions, groups } = useMemo(
    () => ownerOptions(units, invitedUnitIds, owners, (count) => t('capture.groupCount', { count }), unitGroups),
    [units, invitedUnitIds, owners, t, unitGroups],
  );
  const filter = useMemo(() => filterOwners(groups), [groups]);
  // A group picked in the list becomes its OPD, each an owner with its own status.
  const pickOwners = (values: string[]) => form.change('owners', expandGroups(values, groups));

  const check = () => {
    const found = {
      ...(text.trim() === '' ? { text: t('capture.textRequired') } : {}),
      ...(owners.length === 0 ? { owners: t('capture.ownersRequired') } : {}),
    };
    if (!resolved.ok && resolved.reason !== 'EMPTY') {
      setErrors({ ...found, form: t(`capture.dueErrors.${resolved.reason}`) });
      return false;
    }
    if (Object.keys(found).length === 0) return true;
    setErrors(found);
    return false;
  };
  const save = () => {
    const fields = {
      text,
      agendaItemId: (itemId || null) as AgendaItemId | null,
      dueDate: resolved.ok ? resolved.date : null,
      ownerUnitIds: owners as UnitId[],
      programTag: tag,
      fundingSource,
    };
    return draft.editing
      ? updateCommitment({ id: draft.editing.id, ...fields })
      : createCommitment({ meetingId, ...fields });
  };

  const dueDescription = resolved.ok
    ? t('capture.dueResolved', { date: longDate(resolved.date) })
    : resolved.reason === 'EMPTY'
      ? t('capture.dueEmpty')
      : null;

  return (
    <CaptureForm
      form={form}
      check={check}
      save={save}
      onRefused={(message) => setErrors({ form: message })}
      savedMessage={t('list.commitmentSaved')}
      formError={errors.form}
      onClose={onClose}
      textArea={{
        label: t('capture.commitmentText'),
        ...form.bind('text'),
        minRows: 2,
        maxRows: 8,
        error: errors.text,
      }}
    >
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
        {...form.bind('due')}
        description={dueDescription}
        error={!resolved.ok && resolved.reason !== 'EMPTY' ? t(`capture.dueErrors.${resolved.reason}`) : undefined}
        data-testid="due-input"
      />
      {/* Inputs on one line even when a label wraps at 1366 px. */}
      <Group grow align="flex-end">
        <TextInput
          label={t('capture.programTag')}
          placeholder={t('capture.programTagPlaceholder')}
          {...form.bind('tag')}
        />
        <Autocomplete
          label={t('capture.fundingSource')}
          placeholder={t('capture.fundingSourcePlaceholder')}
          data={[...FUNDING_SOURCE_SUGGESTIONS]}
          value={fundingSource}
          onChange={(value) => form.change('fundingSource', value)}
          comboboxProps={{ withinPortal: true }}
        />
        <AgendaItemSelect agenda={agenda} value={itemId} onChange={(value) => form.change('itemId', value)} />
      </Group>
    </CaptureForm>
  );
}
