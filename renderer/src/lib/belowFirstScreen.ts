import { startTransition } from 'react';

/**
 * Runs a state update that mounts a large part of a page lying below its first screen (a
 * meeting's agenda, attendance rows and letter under the identity form) as a transition:
 * React renders it in slices, so the browser paints what is above it first and her clicks
 * and keys are taken between the slices instead of after the whole page. What she
 * finally sees is the same; until then the part keeps showing what it showed (its loader).
 */
export function mountBelowFirstScreen(update: () => void): void {
  startTransition(update);
}
