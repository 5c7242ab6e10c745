import { afterEach, beforeEach } from 'vitest';
import { setApi } from '../../../renderer/src/lib/api';
import { useAppStore } from '../../../renderer/src/store';

/**
 * The store is one zustand store for the whole file, so one test's loaded lists and flags would
 * reach the next: each test starts from the store as the app opens it, and no fake api outlives
 * its test. (setup.ts clears localStorage after each test.)
 */
export function freshAppEachTest(): void {
  const initialState = useAppStore.getState();
  beforeEach(() => useAppStore.setState(initialState, true));
  afterEach(() => setApi(null));
}
