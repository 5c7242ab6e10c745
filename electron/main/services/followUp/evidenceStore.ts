import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { checkFileFor } from '../../../../shared/domain/files';
import { AppError } from '../../../../shared/ipc/result';
import type { FileGateway } from '../../files/fileGateway';
import type { StoredEvidence } from '../../repositories/followUpSql';

/**
 * Evidence files live beside the database in `bukti/` (the backups archive that
 * folder), named `<update id>-<cleaned original name>` so two OPD sending
 * "laporan.pdf" never collide and a file can be traced to its update by name.
 */
export function evidenceDir(dataFile: string): string {
  return join(dirname(dataFile), 'bukti');
}

/** Letters, digits, dot, dash, underscore and spaces survive; the rest becomes "_". */
export function cleanFileName(name: string): string {
  const base = name.replace(/^.*[\\/]/, '').normalize('NFKC');
  const cleaned = base
    .replace(/[^\p{L}\p{N}._\- ]+/gu, '_')
    .replace(/\s+/g, ' ')
    .replace(/^[.\s]+/, '')
    .trim();
  const limited = cleaned.length > 100 ? cleaned.slice(cleaned.length - 100) : cleaned;
  return limited === '' ? 'bukti' : limited;
}

export type StoredFiles = Readonly<{ evidence: StoredEvidence[]; remove: () => void }>;

/** Copies staged uploads into bukti/; `remove` undoes it when the database write fails. */
export function storeEvidence(
  files: FileGateway,
  dataFile: string,
  updateId: string,
  fileIds: ReadonlyArray<string>,
): StoredFiles {
  const dir = evidenceDir(dataFile);
  const written: string[] = [];
  const remove = () => {
    for (const path of written) rmSync(path, { force: true });
  };
  const evidence: StoredEvidence[] = [];
  try {
    for (const fileId of fileIds) {
      const staged = files.read(fileId);
      const problem = checkFileFor('evidence', staged.name, staged.bytes.length);
      if (problem) throw new AppError('INVALID_INPUT', `${staged.name}: ${problem}`);
      mkdirSync(dir, { recursive: true });
      const storedName = `${updateId}-${String(evidence.length + 1)}-${cleanFileName(staged.name)}`;
      const path = join(dir, storedName);
      writeFileSync(path, staged.bytes, { flag: 'wx' });
      written.push(path);
      evidence.push({ kind: 'file', name: staged.name, storedName, size: staged.bytes.length });
    }
  } catch (error) {
    remove();
    throw error;
  }
  return { evidence, remove };
}

export function readEvidence(dataFile: string, storedName: string): Buffer {
  // Stored names are ours, but never let one climb out of bukti/.
  if (storedName.includes('/') || storedName.includes('\\') || storedName.startsWith('.')) {
    throw new AppError('NOT_FOUND', 'Berkas bukti tidak ditemukan.');
  }
  try {
    return readFileSync(join(evidenceDir(dataFile), storedName));
  } catch {
    throw new AppError(
      'NOT_FOUND',
      'Berkas bukti tidak ditemukan di folder data; mungkin terhapus atau belum dipulihkan dari cadangan.',
    );
  }
}
