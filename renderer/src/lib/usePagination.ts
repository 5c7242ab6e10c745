import { useEffect, useMemo, useState } from 'react';

export const PAGE_SIZE = 50;

/** One page of a long list (an import may bring thousands of officials); back to page 1 when the list changes. */
export function usePagination<T>(items: ReadonlyArray<T>, pageSize = PAGE_SIZE) {
  const [page, setPage] = useState(1);
  const pages = Math.max(1, Math.ceil(items.length / pageSize));
  useEffect(() => {
    setPage(1);
  }, [items]);
  const current = Math.min(page, pages);
  const pageItems = useMemo(
    () => items.slice((current - 1) * pageSize, current * pageSize),
    [items, current, pageSize],
  );
  return { page: current, setPage, pages, pageItems };
}
