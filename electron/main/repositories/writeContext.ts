/** What every write needs besides its input: one clock reading and who made the change (audit log). */
export type WriteContext = Readonly<{ now: number; actor: string }>;
