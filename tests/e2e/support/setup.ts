import { afterAll } from 'vitest';
import { removeTempDataDirs } from './webShell';

/*
 * Every e2e file: the data folders it made go when it ends, after its own afterAll hooks (they
 * run in reverse order of registration, and this one is registered first), also when a test
 * failed. webShell.ts does not import vitest itself: the benches load it.
 */
afterAll(removeTempDataDirs);
