import { TextInput, type TextInputProps } from '@mantine/core';

/**
 * "09.00", "0900" or "9:00" typed → "09:00". Anything else is left as typed, so main's
 * message ("gunakan format JJ:MM") tells her what to fix instead of the input eating it.
 */
export function normalizeClock(raw: string): string {
  const trimmed = raw.trim();
  const match = /^(\d{1,2})[.:]?(\d{2})$/.exec(trimmed);
  if (!match) return trimmed;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return trimmed;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

type Props = Omit<TextInputProps, 'value' | 'onChange'> &
  Readonly<{ value: string; onChange: (value: string) => void }>;

/**
 * A 24-hour wall-clock field. A plain text field rather than <input type="time">,
 * whose display follows the browser's locale (it showed "08:30 AM" in an Indonesian office).
 */
export function ClockInput({ value, onChange, onBlur, ...rest }: Props) {
  return (
    <TextInput
      {...rest}
      value={value}
      placeholder="JJ:MM"
      inputMode="numeric"
      maxLength={5}
      autoComplete="off"
      onChange={(event) => onChange(event.currentTarget.value)}
      onBlur={(event) => {
        const normalized = normalizeClock(event.currentTarget.value);
        if (normalized !== value) onChange(normalized);
        onBlur?.(event);
      }}
    />
  );
}
