// <time data-local-time="absolute|relative|clock" datetime="...Z">: the server writes UTC text;
// this rewrites it into the viewer's time zone ("21 Nov 2026, 23:28"), adding a relative phrase
// ("3 hours ago") for "relative"; "clock" is the time of day to the second ("23:28:14").
// The UTC instant stays in the title.
import { behaviour } from './behaviours.js';

const UNITS = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** The instant in the given (default: the browser's) locale and time zone. */
export function formatLocal(date, { locale, timeZone } = {}) {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(date);
}

/** The time of day to the second in the given (default: the browser's) locale and time zone. */
export function formatClock(date, { locale, timeZone } = {}) {
  return new Intl.DateTimeFormat(locale, { timeStyle: 'medium', timeZone }).format(date);
}

/** "3 hours ago", "in 2 days", "just now": the largest whole unit between date and now. */
export function relativePhrase(date, now, locale) {
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
  const magnitude = Math.abs(seconds);
  if (magnitude < 60) {
    return 'just now';
  }
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    if (magnitude >= size) {
      return format.format(Math.trunc(seconds / size), unit);
    }
  }
  return 'just now';
}

/** Rewrites one <time> element; leaves the server's text alone when the datetime is unreadable. */
export function localise(element, now = new Date(), options = {}) {
  const date = new Date(element.getAttribute('datetime'));
  if (Number.isNaN(date.getTime())) {
    return;
  }
  if (element.dataset.localTime === 'clock') {
    element.textContent = formatClock(date, options);
    return;
  }
  let text = formatLocal(date, options);
  if (element.dataset.localTime === 'relative') {
    text += ` (${relativePhrase(date, now, options.locale)})`;
  }
  element.textContent = text;
}

behaviour('time[data-local-time]', (element) => localise(element), { everyLoad: true });
