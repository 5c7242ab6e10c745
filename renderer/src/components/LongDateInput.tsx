import { DateInput, type DateInputProps } from '@mantine/dates';

/**
 * A required date field that shows the date the way the Notula prints it ("Kamis, 4 Desember
 * 2025", dayjs `id` locale), so she reads back the day of the week before she saves.
 */
export function LongDateInput(props: DateInputProps) {
  return <DateInput valueFormat="dddd, D MMMM YYYY" required {...props} />;
}
