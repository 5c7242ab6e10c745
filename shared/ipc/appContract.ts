
export type AppInfo = Readonly<{
  version: string;
  shell: 'desktop' | 'web';
  /** Where the database lives, shown so she can find and back up her own file. */
  dataFile: string;
  /**
   * A stable id of the data folder (made once, kept in the folder). The renderer keys what
   * it keeps in the browser by it, not by the page's origin: see renderer/src/lib/storageScope.ts.
   */
  dataId: string;
}>;

export type AppContract = {
  'app:info': { input: Record<string, never>; output: AppInfo };
};

export const APP_CHANNELS = { 'app:info': true } as const satisfies Record<keyof AppContract, true>;
