import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { staticContentType } from '../../../shared/domain/staticContentTypes';

export type StaticFile = Readonly<{ body: Buffer; contentType: string }>;

/** Reads a file of the built renderer; null for anything outside `root` or missing. */
export async function readStatic(root: string, urlPath: string): Promise<StaticFile | null> {
  const relative = urlPath === '/' ? 'index.html' : decodeURIComponent(urlPath).replace(/^\/+/, '');
  const full = normalize(join(root, relative));
  if (full !== root && !full.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
  try {
    const body = await readFile(full);
    return { body, contentType: staticContentType(extname(full)) };
  } catch {
    return null;
  }
}
