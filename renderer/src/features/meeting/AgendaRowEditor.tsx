import { Group, NumberInput, Table, TextInput } from '@mantine/core';
import { useMemo, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem, AgendaItemFields } from '../../../../shared/domain/agenda';
import { useFormDraft } from '../../components/kit/useFormDraft';
import { InlineEditButtons } from './InlineEditButtons';

type Props = Readonly<{
  item: AgendaItem;
  onSave: (item: AgendaItem, fields: AgendaItemFields) => Promise<boolean>;
  onDone: () => void;
}>;

/** An agenda row in edit mode; her changes are kept as a draft until saved or cancelled. */
export function AgendaRowEditor({ item, onSave, onDone }: Props) {
  const { t } = useTranslation(['meeting', 'common']);
  const initial = useMemo(
    () => ({
      title: item.title,
      presenter: item.presenterText,
      minutes: item.plannedMinutes === null ? '' : String(item.plannedMinutes),
    }),
    [item],
  );
  const { values, change, bind, reset, discard } = useFormDraft(`agenda:${item.id}`, initial);

  async function save(event?: FormEvent) {
    event?.preventDefault();
    const saved = await onSave(item, {
      title: values.title,
      presenterText: values.presenter,
      presenterPersonId: item.presenterPersonId,
      plannedMinutes: values.minutes === '' ? null : Number(values.minutes),
    });
    if (!saved) return;
    reset(values);
    onDone();
  }

  // Enter in any field saves, as in the modal forms (a <form> cannot sit inside a table row).
  const onEnter = (event: KeyboardEvent) => {
    if (event.key === 'Enter') void save(event);
  };

  return (
    <Table.Tr>
      <Table.Td />
      <Table.Td>{item.position}</Table.Td>
      <Table.Td>
        <TextInput size="xs" aria-label={t('agenda.item')} {...bind('title')} onKeyDown={onEnter} autoFocus />
      </Table.Td>
      <Table.Td>
        <TextInput size="xs" aria-label={t('agenda.presenter')} {...bind('presenter')} onKeyDown={onEnter} />
      </Table.Td>
      <Table.Td>
        <NumberInput
          size="xs"
          aria-label={t('agenda.minutes')}
          value={values.minutes}
          onChange={(value) => change('minutes', String(value))}
          onKeyDown={onEnter}
          min={1}
          max={600}
          allowDecimal={false}
          w={80}
        />
      </Table.Td>
      <Table.Td>
        <Group gap={4} wrap="nowrap">
          <InlineEditButtons size="compact-xs" onSave={() => void save()} discard={discard} onDone={onDone} />
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
