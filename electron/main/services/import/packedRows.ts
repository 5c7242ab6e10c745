/*
 * The rows of a checked import cross from the import worker to the main thread. As 90,000
 * objects the structured clone rebuilt them on main in one go (about 0.2 s, every save waiting);
 * as one JSON text and the offset where each row ends, the crossing is one string copy and
 * each row is parsed on main only when its slice writes it (importSlices.ts).
 */
export type PackedRows<T> = Readonly<{
  text: string;
  ends: Int32Array;
  /** Never set: keeps the row type with the text. */
  row?: T;
}>;

export function packRows<T>(rows: ReadonlyArray<T>): PackedRows<T> {
  const ends = new Int32Array(rows.length);
  const parts: string[] = [];
  let length = 0;
  rows.forEach((row, index) => {
    const json = JSON.stringify(row);
    parts.push(json);
    length += json.length;
    ends[index] = length;
  });
  return { text: parts.join(''), ends };
}

export const rowCount = (rows: PackedRows<unknown>): number => rows.ends.length;

export function rowAt<T>(rows: PackedRows<T>, index: number): T {
  const start = index === 0 ? 0 : (rows.ends[index - 1] ?? 0);
  return JSON.parse(rows.text.slice(start, rows.ends[index])) as T;
}
