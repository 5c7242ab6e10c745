import { Button, Chip, Group, Loader, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_QUERY_CHARS, SEARCH_KINDS, type SearchKind } from '../../../../shared/domain/search';
import { useAppCommand } from '../../app/appCommands';
import { EmptyState } from '../../components/EmptyState';
import { LoadError } from '../../components/LoadError';
import { useAppStore } from '../../store';
import { SearchResultsList } from './SearchResultsList';
import { focusSearchInput, SEARCH_INPUT_ID } from './useSearchShortcut';
import { PageHeader } from '../../components/kit/PageHeader';

/** A pasted page must not fill the screen when echoed back. */
function shortened(text: string): string {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  return trimmed.length > 80 ? `${trimmed.slice(0, 79)}…` : trimmed;
}

/** "Cari": the whole archive, as she types, grouped by kind. */
export function SearchPage() {
  const { t } = useTranslation('search');
  const query = useAppStore((s) => s.searchQuery);
  const kinds = useAppStore((s) => s.searchKinds);
  const results = useAppStore((s) => s.searchResults);
  const load = useAppStore((s) => s.searchLoad);
  const setQuery = useAppStore((s) => s.setSearchQuery);
  const setKinds = useAppStore((s) => s.setSearchKinds);
  const runSearch = useAppStore((s) => s.runSearch);
  const loadMore = useAppStore((s) => s.loadMoreSearch);
  const searchSoon = useDebouncedCallback(() => void runSearch(), 250);

  useAppCommand('search', focusSearchInput);
  // Coming back from a result: refresh the list she left (the data may have changed).
  useEffect(() => {
    if (useAppStore.getState().searchQuery.trim() !== '') void runSearch();
  }, [runSearch]);

  const shown = results && results.query.trim() !== '' ? results : null;
  const total = shown?.total ?? 0;
  const echoed = shown ? shortened(shown.query) : '';

  return (
    <Stack gap="md" maw={960}>
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <TextInput
        id={SEARCH_INPUT_ID}
        type="search"
        size="md"
        label={t('inputLabel')}
        description={t('inputHint')}
        placeholder={t('inputPlaceholder')}
        value={query}
        maxLength={MAX_QUERY_CHARS}
        autoFocus
        autoComplete="off"
        leftSection={<IconSearch size={18} aria-hidden />}
        rightSection={load.status === 'loading' ? <Loader role="status" size="xs" aria-label={t('searching')} /> : null}
        onChange={(event) => {
          setQuery(event.currentTarget.value);
          searchSoon();
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') void runSearch();
        }}
      />
      <Stack gap={4}>
        <Text size="sm" fw={500} id="cari-jenis">
          {t('kindsLabel')}
        </Text>
        <Chip.Group
          multiple
          value={[...kinds]}
          onChange={(value) => {
            setKinds(value as SearchKind[]);
            void runSearch();
          }}
        >
          <Group gap="xs" role="group" aria-labelledby="cari-jenis">
            {SEARCH_KINDS.map((kind) => (
              <Chip key={kind} value={kind} size="sm" variant="outline">
                {t(`kinds.${kind}`)}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
      </Stack>

      <Text size="sm" c="dimmed" aria-live="polite" role="status">
        {shown &&
          total > 0 &&
          (shown.truncated
            ? t('truncated', { count: total, query: echoed })
            : t('count', { count: total, query: echoed }))}
      </Text>

      {load.status === 'error' && (
        <LoadError title={t('loadError')} message={load.message} onRetry={() => void runSearch()} />
      )}
      {!shown && load.status !== 'error' && (
        <EmptyState icon={<IconSearch size={28} />} title={t('start.title')} body={t('start.body')} />
      )}
      {shown && shown.words.length === 0 && (
        <EmptyState icon={<IconSearch size={28} />} title={t('noWords.title')} body={t('noWords.body')} />
      )}
      {shown && shown.words.length > 0 && total === 0 && load.status !== 'loading' && (
        <EmptyState
          icon={<IconSearch size={28} />}
          title={t('empty.title', { query: echoed })}
          body={t('empty.body')}
        />
      )}
      {shown && total > 0 && <SearchResultsList groups={shown.groups} />}
      {shown && shown.next !== null && total > 0 && (
        <Group justify="center">
          <Button variant="light" loading={load.status === 'loading'} onClick={() => void loadMore()}>
            {t('more')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
