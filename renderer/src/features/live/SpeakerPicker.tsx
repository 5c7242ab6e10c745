import { Box, Modal, ScrollArea, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { takeHeldKeys } from '../../lib/heldKeys';
import { matchesSpeaker, type SpeakerOption } from './speakers';

type Props = Readonly<{
  opened: boolean;
  options: ReadonlyArray<SpeakerOption>;
  /** True when the list has only the chair: the attendance list is still empty. */
  noAttendees: boolean;
  onPick: (option: SpeakerOption) => void;
  onClose: () => void;
}>;

/** Alt+S or "@" at the start of a line: type to filter, arrows to move, Enter to insert. */
export function SpeakerPicker({ opened, options, noAttendees, onPick, onClose }: Props) {
  const { t } = useTranslation('live');
  const [query, setQuery] = useState('');
  const [index, setIndex] = useState(0);
  const shown = useMemo(() => options.filter((option) => matchesSpeaker(option, query)), [options, query]);

  useEffect(() => {
    if (opened) {
      setQuery('');
      setIndex(0);
    }
  }, [opened]);
  useEffect(() => setIndex(0), [query]);

  const pick = (option: SpeakerOption | undefined) => {
    if (option) onPick(option);
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('speaker.title')} size="lg">
      <Stack gap="xs">
        <TextInput
          label={t('speaker.search')}
          description={t('speaker.searchHint')}
          value={query}
          onChange={(event) => setQuery(event.currentTarget.value)}
          data-autofocus
          onFocus={() => {
            const early = takeHeldKeys();
            if (early) setQuery((current) => current + early);
          }}
          role="combobox"
          aria-expanded
          aria-controls="speaker-options"
          aria-activedescendant={shown[index] ? `speaker-${shown[index].key}` : undefined}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown') {
              event.preventDefault();
              setIndex((i) => Math.min(i + 1, shown.length - 1));
            } else if (event.key === 'ArrowUp') {
              event.preventDefault();
              setIndex((i) => Math.max(i - 1, 0));
            } else if (event.key === 'Enter') {
              event.preventDefault();
              pick(shown[index]);
            }
          }}
        />
        <ScrollArea.Autosize mah={340} type="auto">
          <Box
            component="ul"
            id="speaker-options"
            role="listbox"
            aria-label={t('speaker.title')}
            p={0}
            m={0}
            style={{ listStyle: 'none' }}
          >
            {shown.map((option, i) => (
              <Box
                component="li"
                key={option.key}
                id={`speaker-${option.key}`}
                role="option"
                aria-selected={i === index}
                px="sm"
                py={6}
                style={{
                  cursor: 'pointer',
                  borderRadius: 4,
                  background: i === index ? 'var(--mantine-color-pemda-0)' : undefined,
                  outline: i === index ? '2px solid var(--mantine-color-pemda-6)' : undefined,
                }}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => pick(option)}
              >
                <Text size="sm" fw={600}>
                  {option.label}
                </Text>
                {option.hint && (
                  <Text size="xs" c="dimmed">
                    {option.hint}
                  </Text>
                )}
              </Box>
            ))}
          </Box>
        </ScrollArea.Autosize>
        {shown.length === 0 && <Text size="sm">{t('speaker.none')}</Text>}
        {noAttendees && (
          <Text size="xs" c="dimmed">
            {t('speaker.noAttendees')}
          </Text>
        )}
      </Stack>
    </Modal>
  );
}
