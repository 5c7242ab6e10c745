import { afterEach, beforeEach } from 'vitest';

/**
 * A stand-in that reads through to whatever `current()` returns at the moment it is used: what a
 * test file declares at its top for a value its hooks make anew for each test.
 */
export function readThrough<T extends object>(current: () => T): T {
  return new Proxy({} as T, {
    get: (_target, key) => Reflect.get(current(), key),
    has: (_target, key) => Reflect.has(current(), key),
    ownKeys: () => Reflect.ownKeys(current()),
    getOwnPropertyDescriptor: (_target, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(current(), key);
      // A proxy may not report a property its (empty) target lacks as non-configurable.
      return descriptor && { ...descriptor, configurable: true };
    },
  });
}

/**
 * Opens the parts `keys` of `open()` before each test and `close`s them after it; each part is
 * a readThrough stand-in, so `const { temp, ctx } = perTest(openFollowUpDb, ...)` can sit at the
 * top of the file.
 */
export function perTest<T extends Readonly<Record<K, object>>, K extends keyof T & string>(
  open: () => T,
  close: (opened: T) => void,
  keys: ReadonlyArray<K>,
): Pick<T, K> {
  let opened: T | undefined;
  beforeEach(() => {
    opened = open();
  });
  afterEach(() => {
    if (opened) close(opened);
    opened = undefined;
  });
  const current = (): T => {
    if (!opened) throw new Error('opened in beforeEach: read it inside a test');
    return opened;
  };
  return Object.fromEntries(keys.map((key) => [key, readThrough(() => current()[key])])) as Pick<T, K>;
}
