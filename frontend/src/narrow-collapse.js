// <details open data-collapse-narrow>: on a narrow screen (a phone) the disclosure starts closed,
// so that the first screen shows results rather than every filter; on a wide one it stays open
// (and CSS hides its summary). Without JavaScript it is open everywhere.
import { behaviour } from './behaviours.js';

export const NARROW = '(max-width: 40rem)';

export function collapseIfNarrow(details, matchMedia = window.matchMedia?.bind(window)) {
  if (matchMedia?.(NARROW).matches) {
    details.open = false;
  }
}

behaviour('details[data-collapse-narrow]', (details) => collapseIfNarrow(details));
