import { Alert, Button, Group, List, Text } from '@mantine/core';
import { IconAlertTriangle, IconArrowRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import type { ApprovalGap, ApprovalState } from '../../../../shared/domain/approval';
import type { MeetingId } from '../../../../shared/domain/ids';
import { writePlace } from '../../lib/livePlace';

const IN_PREPARATION: ReadonlySet<ApprovalGap['kind']> = new Set(['CHAIR', 'DATE', 'START_TIME', 'END_TIME', 'AGENDA']);

/**
 * What the Notula still lacks before the next step (main refuses the step with the same
 * list), each with a button to the place where she fills it in: the Persiapan tab, or the
 * section of the Berlangsung tab. While Diajukan the content is locked, so the list says
 * to return it first instead of offering the buttons.
 */
export function MissingParts({ meetingId, state }: Readonly<{ meetingId: MeetingId; state: ApprovalState }>) {
  const { t } = useTranslation('approval');
  const [, setParams] = useSearchParams();
  if (state.status === 'DISAHKAN' || state.gaps.length === 0) return null;
  const submitted = state.status === 'DIAJUKAN';
  const blocking = submitted ? state.gaps : state.gaps.filter((gap) => gap.blocks === 'submit');
  const later = submitted ? [] : state.gaps.filter((gap) => gap.blocks === 'approve');

  const goFix = (gap: ApprovalGap) => {
    if (IN_PREPARATION.has(gap.kind)) return setParams({ tab: 'persiapan' });
    // The live screen opens where she last was: put her on the section to write.
    if (gap.sectionId) writePlace(meetingId, { sectionId: gap.sectionId, cursor: 1 });
    return setParams({ tab: 'berlangsung' });
  };
  const item = (gap: ApprovalGap) => {
    const where = IN_PREPARATION.has(gap.kind) ? t('gaps.where.preparation') : t('gaps.where.live');
    const text = t(`gaps.items.${gap.kind}`, { title: gap.agendaTitle ?? '' });
    return (
      <List.Item key={`${gap.kind}-${gap.sectionId ?? ''}`}>
        <Group gap="xs" wrap="nowrap" justify="space-between">
          <Text size="sm">
            {text}{' '}
            <Text span c="dimmed" size="sm">
              ({where})
            </Text>
          </Text>
          {!submitted && (
            <Button
              size="compact-xs"
              variant="light"
              rightSection={<IconArrowRight size={12} aria-hidden />}
              onClick={() => goFix(gap)}
              aria-label={`${t('gaps.fix')}: ${text}`}
            >
              {t('gaps.fix')}
            </Button>
          )}
        </Group>
      </List.Item>
    );
  };

  return (
    <>
      {blocking.length > 0 && (
        <Alert
          color="orange"
          icon={<IconAlertTriangle aria-hidden />}
          title={submitted ? t('gaps.approveTitle') : t('gaps.submitTitle')}
          data-testid="missing-parts"
        >
          <List size="sm" spacing={4}>
            {blocking.map(item)}
          </List>
          {submitted && (
            <Text size="sm" mt="xs">
              {t('gaps.approveHint')}
            </Text>
          )}
        </Alert>
      )}
      {later.length > 0 && (
        <Alert color="gray" title={t('gaps.laterTitle')} data-testid="missing-later">
          <List size="sm" spacing={4}>
            {later.map(item)}
          </List>
        </Alert>
      )}
    </>
  );
}
