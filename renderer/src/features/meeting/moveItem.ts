/** The list with the element at `from` moved to `to` (both 0-based); out-of-range moves change nothing. */
export function moveItem<T>(list: ReadonlyArray<T>, from: number, to: number): T[] {
  const copy = [...list];
  if (from < 0 || from >= copy.length || to < 0 || to >= copy.length || from === to) return copy;
  const [moved] = copy.splice(from, 1);
  copy.splice(to, 0, moved as T);
  return copy;
}
