import { Group, Paper, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { searchTargetPath, type SearchGroup, type SearchHit } from '../../../../shared/domain/search';
import { useLongDate } from '../../lib/useLongDate';
import { HighlightedText } from './HighlightedText';

function ResultItem({ hit }: Readonly<{ hit: SearchHit }>) {
  const { t } = useTranslation('search');
  const longDate = useLongDate();
  // Meetings, officials and OPD are found by their own name; text items by the meeting they belong to.
  const heading = hit.title.length > 0 ? <HighlightedText parts={hit.title} /> : (hit.meeting?.title ?? '');
  const context = hit.meeting ? longDate(hit.meeting.date) : t('noMeeting');
  return (
    <UnstyledButton component={Link} to={searchTargetPath(hit.open)} display="block" className="search-result">
      <Paper withBorder p="sm" radius="sm">
        <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
          <Text fw={600} size="sm" lineClamp={1}>
            {heading}
          </Text>
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {context}
          </Text>
        </Group>
        {hit.snippet.length > 0 && (
          <Text size="sm" mt={4} lineClamp={3}>
            <HighlightedText parts={hit.snippet} />
          </Text>
        )}
      </Paper>
    </UnstyledButton>
  );
}

/** Results grouped by kind, in the fixed order of SEARCH_KINDS, each with its count. */
export function SearchResultsList({ groups }: Readonly<{ groups: ReadonlyArray<SearchGroup> }>) {
  const { t } = useTranslation('search');
  return (
    <Stack gap="lg" aria-label={t('resultsLabel')} component="section">
      {groups.map((group) => (
        <Stack key={group.kind} gap="xs" component="section" aria-labelledby={`hasil-${group.kind}`}>
          <Title order={3} size="h5" id={`hasil-${group.kind}`}>
            {t('groupHeading', { kind: t(`kinds.${group.kind}`), count: group.hits.length })}
          </Title>
          {group.hits.map((hit) => (
            <ResultItem key={`${hit.kind}:${hit.entityId}`} hit={hit} />
          ))}
        </Stack>
      ))}
    </Stack>
  );
}
