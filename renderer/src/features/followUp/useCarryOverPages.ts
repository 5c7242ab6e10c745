import { useCallback, useEffect, useRef, useState } from 'react';
import type { CarryOverPage } from '../../../../shared/domain/followUpViews';
import type { MeetingId } from '../../../../shared/domain/ids';
import { useAppStore } from '../../store';

/** Rows per page, and the most main gives in one call (the schema's bound) when rows are read again. */
export const CARRY_OVER_PAGE = 50;
const MOST_PER_CALL = 200;

export type CarryOverPages = Readonly<{
  /** The first page's facts and counts, with every row loaded so far; null until the first answer. */
  carry: CarryOverPage | null;
  error: string | null;
  loadingMore: boolean;
  /** From the first page again (on opening, and "Coba lagi"). */
  reload: () => Promise<void>;
  /** The next page, appended ("Muat lebih banyak"). */
  loadMore: () => Promise<void>;
  /** After a report: the rows she has open read again, as many as were shown, so a row of page 3 stays in view. */
  refresh: () => Promise<void>;
}>;

/**
 * A meeting's carry-over, a page at a time (issue 17): the list can hold thousands of owners
 * of earlier years, so the tab reads the first page and the counts, and more on request. Only
 * the newest request may land: a page that answers after the list was read again is dropped.
 */
export function useCarryOverPages(meetingId: MeetingId): CarryOverPages {
  const loadCarryOver = useAppStore((s) => s.loadCarryOver);
  const [carry, setCarry] = useState<CarryOverPage | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const request = useRef(0);
  // What is shown, for the callbacks below without making them change on every page.
  const shownRef = useRef<CarryOverPage | null>(null);
  useEffect(() => {
    shownRef.current = carry;
  }, [carry]);

  /** Rows from the start until `count` are read (or the list ends), in calls of at most 200. */
  const readFirst = useCallback(
    async (count: number) => {
      const ticket = ++request.current;
      setError(null);
      const first = await loadCarryOver({ meetingId, pageSize: Math.min(MOST_PER_CALL, count) });
      if (!first.ok) {
        if (ticket === request.current) setError(first.error.message);
        return;
      }
      let page = first.value;
      const items = [...page.items];
      while (items.length < count && page.next !== null) {
        const more = await loadCarryOver({
          meetingId,
          after: page.next,
          pageSize: Math.min(MOST_PER_CALL, count - items.length),
        });
        if (!more.ok) {
          if (ticket === request.current) setError(more.error.message);
          return;
        }
        page = more.value;
        items.push(...page.items);
      }
      if (ticket === request.current) setCarry({ ...first.value, items, next: page.next });
    },
    [loadCarryOver, meetingId],
  );

  const reload = useCallback(() => readFirst(CARRY_OVER_PAGE), [readFirst]);
  const refresh = useCallback(
    () => readFirst(Math.max(CARRY_OVER_PAGE, shownRef.current?.items.length ?? 0)),
    [readFirst],
  );

  const loadMore = useCallback(async () => {
    const shown = shownRef.current;
    if (shown === null || shown.next === null) return;
    const ticket = ++request.current;
    setLoadingMore(true);
    const result = await loadCarryOver({ meetingId, after: shown.next, pageSize: CARRY_OVER_PAGE });
    setLoadingMore(false);
    if (ticket !== request.current) return;
    if (result.ok) setCarry({ ...result.value, items: [...shown.items, ...result.value.items] });
    else setError(result.error.message);
  }, [loadCarryOver, meetingId]);

  useEffect(() => {
    setCarry(null);
    void reload();
  }, [reload]);

  return { carry, error, loadingMore, reload, loadMore, refresh };
}
