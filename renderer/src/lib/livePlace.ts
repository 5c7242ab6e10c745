import type { SectionId } from '../../../shared/domain/ids';

/*
 * Where she was on the live screen, kept in the browser: the live screen reopens there, and
 * the approval's missing-parts list sends her to the section to write. Here, not in
 * features/live, so that list does not pull the lazily loaded editor in.
 */

const PLACE_PREFIX = 'risalah.berlangsung.';

export type LivePlace = Readonly<{ sectionId: SectionId; cursor: number }>;

/** Where she was (section and cursor), so a reopened screen continues there. */
export function readPlace(meetingId: string): LivePlace | null {
  try {
    const raw = localStorage.getItem(PLACE_PREFIX + meetingId);
    const place = raw ? (JSON.parse(raw) as LivePlace) : null;
    return place && typeof place.sectionId === 'string' && Number.isInteger(place.cursor) ? place : null;
  } catch {
    return null;
  }
}

export function writePlace(meetingId: string, place: LivePlace): void {
  try {
    localStorage.setItem(PLACE_PREFIX + meetingId, JSON.stringify(place));
  } catch {
    // Only a convenience; typing goes on.
  }
}
