/*
 * What GET /api/v1/portal/items answers (docs/SERVER.md): one OPD's share of the commitments, each
 * with its reports, newest first. Risalah Server builds it (server/portalApi/portalItems.ts) and
 * the OPD portal page shows it (server/portal): one definition for both ends of the wire.
 */

/** A file (by its sha256 on the server) or a link the OPD gave as evidence. */
export type PortalEvidence = Readonly<{ sha256?: string; name?: string; size?: number; mime?: string; url?: string }>;

export type PortalUpdate = {
  id: string;
  reported_on: string;
  status: string;
  progress_text: string;
  percent: number | null;
  evidence: PortalEvidence[];
};

/** One owner row of a commitment: the OPD's own status, the commitment and its meeting. */
export type PortalItem = {
  owner_id: string;
  commitment_id: string;
  text: string;
  due_date: string | null;
  status: string;
  late: boolean;
  meeting: { id: string; title: string; date: string };
  updates: PortalUpdate[];
};
