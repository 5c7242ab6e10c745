/**
 * The civil-service ranks (pangkat/golongan ruang), PP 99/2000: I/a to IV/e. Stored by
 * code ("IV/b"); documents print the name and the code, e.g. "Pembina Tingkat I (IV/b)".
 */
export type Rank = Readonly<{ code: string; name: string; label: string }>;

const RANK_ROWS: ReadonlyArray<readonly [string, string]> = [
  ['I/a', 'Juru Muda'],
  ['I/b', 'Juru Muda Tingkat I'],
  ['I/c', 'Juru'],
  ['I/d', 'Juru Tingkat I'],
  ['II/a', 'Pengatur Muda'],
  ['II/b', 'Pengatur Muda Tingkat I'],
  ['II/c', 'Pengatur'],
  ['II/d', 'Pengatur Tingkat I'],
  ['III/a', 'Penata Muda'],
  ['III/b', 'Penata Muda Tingkat I'],
  ['III/c', 'Penata'],
  ['III/d', 'Penata Tingkat I'],
  ['IV/a', 'Pembina'],
  ['IV/b', 'Pembina Tingkat I'],
  ['IV/c', 'Pembina Utama Muda'],
  ['IV/d', 'Pembina Utama Madya'],
  ['IV/e', 'Pembina Utama'],
];

export const RANKS: ReadonlyArray<Rank> = RANK_ROWS.map(([code, name]) => ({ code, name, label: `${name} (${code})` }));

const BY_CODE = new Map(RANKS.map((rank) => [rank.code, rank]));

export function isRankCode(code: string): boolean {
  return BY_CODE.has(code);
}

function rankByCode(code: string | null | undefined): Rank | null {
  return code ? (BY_CODE.get(code) ?? null) : null;
}

/** The print label, "Pembina Tingkat I (IV/b)"; '' for no rank. */
export function rankLabel(code: string | null | undefined): string {
  return rankByCode(code)?.label ?? '';
}

/**
 * Reads what people type or import: "IV/b", "iv-b", "IV b", "Pembina Tingkat I",
 * "Pembina Tingkat I (IV/b)". Returns the code, or null when nothing matches.
 */
export function parseRank(raw: string): string | null {
  const text = raw.trim().replace(/\s+/g, ' ');
  if (text === '') return null;
  const codeMatch = /\b(IV|III|II|I)\s*[/\-\s]\s*([a-e])\b/i.exec(text);
  if (codeMatch) {
    const code = `${codeMatch[1]!.toUpperCase()}/${codeMatch[2]!.toLowerCase()}`;
    if (BY_CODE.has(code)) return code;
  }
  const byName = RANKS.find((rank) => rank.name.toLowerCase() === text.toLowerCase());
  return byName?.code ?? null;
}
