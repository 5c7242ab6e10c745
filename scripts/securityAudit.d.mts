// Types of scripts/securityAudit.mjs for its tests.
export type Finding = {
  id: string;
  severity: string;
  confidence: string;
  file: string;
  line: number;
  sample: string;
  description: string;
};
export type Accepted = { id: string; file: string; reason: string };
export type Judgement = { counts: Record<string, number>; blocking: Finding[]; accepted: number; stale: Accepted[] };
export function parseAccepted(markdown: string): Accepted[];
export function judge(issues: ReadonlyArray<Finding>, accepted: ReadonlyArray<Accepted>): Judgement;
export function summaryLine(
  result: Judgement,
  meta: { toolVersion: string; electronVersion: string; files: number },
): string;
export function scan(
  dir: string,
  electronVersion: string,
  root?: string,
): Promise<{ issues: Finding[]; parseErrors: Array<{ file: string; message: string }> }>;
