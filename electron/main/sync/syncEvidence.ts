import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanFileName, evidenceDir, readEvidence } from '../services/followUp/evidenceStore';
import { SyncHttpError, type SyncClient } from './syncClient';

/*
 * Evidence files travel apart from the rows (protocol: PUT/GET /api/v1/files/:sha256). The
 * desktop keeps them in bukti/ under its own names; on the wire a report's evidence_json names
 * each file by its SHA-256, so the server can refuse a report whose file it lacks and another
 * computer (or the OPD portal) can fetch it.
 */

const MIME: Record<string, string> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  zip: 'application/zip',
};

function mimeOf(name: string): string {
  return MIME[name.split('.').pop()?.toLowerCase() ?? ''] ?? 'application/octet-stream';
}

type Entry = Record<string, unknown>;

function entries(json: unknown): Entry[] {
  try {
    const value = typeof json === 'string' ? (JSON.parse(json) as unknown) : json;
    return Array.isArray(value) ? (value.filter((item) => item && typeof item === 'object') as Entry[]) : [];
  } catch {
    return [];
  }
}

/** Uploads the report's files (each once per run) and answers the row as the server wants it. */
export async function withUploadedEvidence(
  row: Record<string, unknown>,
  dataFile: string,
  client: SyncClient,
  uploaded: Set<string>,
): Promise<Record<string, unknown>> {
  const list = entries(row['evidence_json']);
  if (!list.some((entry) => entry['kind'] === 'file')) return row;
  const out: Entry[] = [];
  for (const entry of list) {
    if (entry['kind'] !== 'file' || typeof entry['storedName'] !== 'string') {
      out.push(entry);
      continue;
    }
    const name = typeof entry['name'] === 'string' ? entry['name'] : entry['storedName'];
    let bytes: Buffer;
    try {
      bytes = readEvidence(dataFile, entry['storedName']);
    } catch {
      // The file is gone from bukti/ (deleted by hand): the report still travels, without it.
      out.push(entry);
      continue;
    }
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const mime = mimeOf(name);
    if (!uploaded.has(sha256)) {
      await client.putFile(sha256, bytes, mime);
      uploaded.add(sha256);
    }
    out.push({ ...entry, sha256, mime, size: bytes.length });
  }
  return { ...row, evidence_json: JSON.stringify(out) };
}

/**
 * A pulled report's files fetched into bukti/ and its evidence_json in the desktop's shape
 * ({ kind: 'file', name, storedName, size }, plus the sha256), whether it came from another
 * desktop or from the portal ({ sha256, name, size, mime }).
 */
export async function withFetchedEvidence(
  row: Record<string, unknown>,
  dataFile: string,
  client: SyncClient,
): Promise<Record<string, unknown>> {
  const list = entries(row['evidence_json']);
  if (list.length === 0) return row;
  const dir = evidenceDir(dataFile);
  const out: Entry[] = [];
  for (const [index, entry] of list.entries()) {
    const sha256 = entry['sha256'];
    if (typeof sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(sha256)) {
      out.push(entry);
      continue;
    }
    const name =
      typeof entry['name'] === 'string' && entry['name'] !== '' ? entry['name'] : `bukti-${String(index + 1)}`;
    const storedName = `${String(row['id'])}-${String(index + 1)}-${cleanFileName(name)}`;
    const path = join(dir, storedName);
    if (!existsSync(path)) {
      const bytes = await fetchFile(client, sha256);
      // A file the server refuses or lost must not hold up every later change: the report comes
      // without it (asking for it says the file is missing), a server out of reach is tried again.
      if (bytes && createHash('sha256').update(bytes).digest('hex') === sha256) {
        mkdirSync(dir, { recursive: true });
        writeFileSync(path, bytes);
      }
    }
    out.push({ kind: 'file', name, storedName, size: Number(entry['size'] ?? 0), sha256 });
  }
  return { ...row, evidence_json: JSON.stringify(out) };
}

async function fetchFile(client: SyncClient, sha256: string): Promise<Buffer | null> {
  try {
    return await client.getFile(sha256);
  } catch (error) {
    if (error instanceof SyncHttpError && error.kind === 'refused') return null;
    throw error;
  }
}
