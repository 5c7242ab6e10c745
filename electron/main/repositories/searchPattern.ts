/** A LIKE pattern that matches `query` anywhere, with %, _ and \ taken literally (ESCAPE '\'). */
export function likePattern(query: string): string {
  return `%${query.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}
