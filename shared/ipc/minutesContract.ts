// Types and channel names only: the preload bundles this file, so no zod here.
import type { MeetingId } from '../domain/ids';
import type { MinutesBundle, SaveSectionInput, SavedSection } from '../domain/minutes';

export type MinutesContract = {
  /**
   * The sections of a meeting's minutes in print order. The first call creates
   * the standard set (Kata Pembukaan, one Pembahasan per agenda item, Keputusan/
   * Kesimpulan, Penutup); later calls add a Pembahasan for a new agenda item and
   * follow the agenda's order, in one transaction.
   */
  'minutes:get': { input: { meetingId: MeetingId }; output: MinutesBundle };
  /** Refused with CONFLICT when `baseRevision` is not the stored revision (a newer save exists). */
  'minutes:save-section': { input: SaveSectionInput; output: SavedSection };
};

export const MINUTES_CHANNELS = {
  'minutes:get': true,
  'minutes:save-section': true,
} as const satisfies Record<keyof MinutesContract, true>;
