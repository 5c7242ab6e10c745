import { useTranslation } from 'react-i18next';
import { ATTENDANCE_STATUSES } from '../../../../shared/domain/attendance';
import type { AttendanceTotals } from '../../../../shared/domain/attendee';

/** "24 orang: hadir 20, diwakili 3, izin 1" (statuses with zero left out), or null before anyone is marked. */
export function useAttendanceSummary(): (totals: AttendanceTotals) => string | null {
  const { t } = useTranslation('meeting');
  return (totals) => {
    if (totals.marked === 0) return null;
    const parts = ATTENDANCE_STATUSES.filter((status) => status !== 'DIUNDANG' && totals.byStatus[status] > 0).map(
      (status) => t(`summaryParts.${status as Exclude<typeof status, 'DIUNDANG'>}`, { count: totals.byStatus[status] }),
    );
    return t('attendance.summary', { count: totals.marked, parts: parts.join(', ') });
  };
}
