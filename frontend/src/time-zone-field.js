// <input type="hidden" data-browser-time-zone> in a form: tells the server the browser's time zone,
// so that date-times typed in local time (the form's <input type="datetime-local">) are read in it. The server renders such fields in the zone the hidden field names (UTC by default, e.g.
// for a copied job); when that is not the browser's zone, their values are moved to the browser's
// zone first, so the instant they stand for stays the same.
import { behaviour } from './behaviours.js';

/** The browser's IANA time zone, e.g. "Europe/Paris". */
export function browserTimeZone() {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

const FIELDS = ['year', 'month', 'day', 'hour', 'minute', 'second'];

/** The wall-clock fields of an instant in a time zone. */
function wallClock(epochMs, timeZone) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(epochMs));
  const values = {};
  for (const part of parts) {
    if (FIELDS.includes(part.type)) {
      values[part.type] = Number(part.value);
    }
  }
  return values;
}

/** How far the zone's wall clock is ahead of UTC at an instant, in ms. */
function offsetMs(epochMs, timeZone) {
  const w = wallClock(epochMs, timeZone);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - Math.floor(epochMs / 1000) * 1000;
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** The instant a local date-time ("2026-03-29T02:30") stands for in a zone; NaN when unreadable. */
export function instantOf(localDateTime, timeZone) {
  const match = LOCAL.exec(localDateTime || '');
  if (!match) {
    return Number.NaN;
  }
  const [, y, mo, d, h, mi, s] = match.map(Number);
  const asUtc = Date.UTC(y, mo - 1, d, h, mi, Number.isNaN(s) ? 0 : s);
  // Two passes settle the offset, also next to a DST change.
  let instant = asUtc - offsetMs(asUtc, timeZone);
  instant = asUtc - offsetMs(instant, timeZone);
  return instant;
}

function pad(value) {
  return String(value).padStart(2, '0');
}

/** The same instant as a local date-time in another zone; the value unchanged when unreadable. */
export function convertLocalDateTime(localDateTime, fromZone, toZone) {
  const instant = instantOf(localDateTime, fromZone);
  if (Number.isNaN(instant)) {
    return localDateTime;
  }
  const w = wallClock(instant, toZone);
  const seconds = w.second !== 0 ? `:${pad(w.second)}` : '';
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}${seconds}`;
}

export function attachTimeZoneField(field, timeZone = browserTimeZone()) {
  const form = field.form;
  const previous = field.value || 'UTC';
  if (!form || previous === timeZone) {
    return;
  }
  // Rows added later by htmx are rendered by the server in the zone the field now names.
  for (const input of form.querySelectorAll('input[type="datetime-local"]')) {
    input.value = convertLocalDateTime(input.value, previous, timeZone);
  }
  // a label naming the zone, or the hint of a field that shows it ([data-time-zone-hint])
  for (const label of form.querySelectorAll('[data-time-zone-label], [data-time-zone-hint] .field__hint')) {
    label.textContent = timeZone;
  }
  field.value = timeZone;
}

behaviour('[data-browser-time-zone]', (field) => attachTimeZoneField(field));
