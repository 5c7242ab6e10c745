import { userInfo } from 'node:os';
import { version } from '../../package.json';
import type { Db } from './db/connection';
import type { FileGateway } from './files/fileGateway';
import type { HandlerContext } from './ipc/handlerTypes';

function currentUser(): string {
  try {
    return userInfo().username || 'notulis';
  } catch {
    return 'notulis';
  }
}

/** The context both shells give the handler table; only transport differs between them. */
export function createHandlerContext(db: Db, shell: 'desktop' | 'web', dataFile: string, files: FileGateway): HandlerContext {
  return {
    db,
    files,
    now: () => Date.now(),
    actor: currentUser(),
    appInfo: { version, shell, dataFile },
  };
}
