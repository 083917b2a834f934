import { describe, expect, it } from 'vitest';
import { attachTimeZoneField, convertLocalDateTime, instantOf } from '../src/time-zone-field.js';

describe('instantOf', () => {
  it('reads a local date-time in the zone it was typed in', () => {
    expect(new Date(instantOf('2026-01-31T17:30', 'UTC')).toISOString()).toBe('2026-01-31T17:30:00.000Z');
    expect(new Date(instantOf('2026-01-31T17:30', 'Europe/Paris')).toISOString()).toBe('2026-01-31T16:30:00.000Z');
    expect(new Date(instantOf('2026-07-01T09:00', 'America/New_York')).toISOString()).toBe('2026-07-01T13:00:00.000Z');
    expect(new Date(instantOf('2026-01-01T00:00', 'Asia/Kolkata')).toISOString()).toBe('2025-12-31T18:30:00.000Z');
  });

  it('settles the offset on both sides of a daylight saving change', () => {
    // Paris moves from +01:00 to +02:00 at 02:00 local on 29 March 2026
    expect(new Date(instantOf('2026-03-29T01:59', 'Europe/Paris')).toISOString()).toBe('2026-03-29T00:59:00.000Z');
    expect(new Date(instantOf('2026-03-29T03:00', 'Europe/Paris')).toISOString()).toBe('2026-03-29T01:00:00.000Z');
  });

  it('is NaN for text that is not a local date-time', () => {
    expect(instantOf('tomorrow', 'UTC')).toBeNaN();
    expect(instantOf('', 'UTC')).toBeNaN();
  });
});

describe('convertLocalDateTime', () => {
  it('moves a wall-clock time to another zone, keeping the instant', () => {
    expect(convertLocalDateTime('2026-01-31T16:30', 'UTC', 'Europe/Paris')).toBe('2026-01-31T17:30');
    expect(convertLocalDateTime('2026-01-01T02:00', 'UTC', 'America/Los_Angeles')).toBe('2025-12-31T18:00');
    expect(convertLocalDateTime('2024-02-29T23:30', 'UTC', 'Asia/Tokyo')).toBe('2024-03-01T08:30');
  });

  it('keeps seconds when there are some', () => {
    expect(convertLocalDateTime('2026-01-31T16:30:15', 'UTC', 'Europe/Paris')).toBe('2026-01-31T17:30:15');
  });

  it('leaves unreadable text as it was typed', () => {
    expect(convertLocalDateTime('not a date', 'UTC', 'Europe/Paris')).toBe('not a date');
  });
});

describe('attachTimeZoneField', () => {
  function form(zone, dateTime) {
    document.body.innerHTML = `<form>
      <input type="hidden" name="timeZone" value="${zone}" data-browser-time-zone>
      <span data-time-zone-label>${zone}</span>
      <div data-time-zone-hint><p class="field__hint">${zone}</p></div>
      <input type="datetime-local" name="d" value="${dateTime}">
    </form>`;
    return document.querySelector('form');
  }

  it('sends the browser zone and shows server-rendered UTC times in it', () => {
    const f = form('UTC', '2026-01-31T16:30');

    attachTimeZoneField(f.elements.timeZone, 'Europe/Paris');

    expect(f.elements.timeZone.value).toBe('Europe/Paris');
    expect(f.elements.d.value).toBe('2026-01-31T17:30');
    expect(f.querySelector('[data-time-zone-label]').textContent).toBe('Europe/Paris');
    expect(f.querySelector('[data-time-zone-hint] .field__hint').textContent).toBe('Europe/Paris');
  });

  it('changes nothing when the form is already in the browser zone', () => {
    const f = form('Europe/Paris', '2026-01-31T17:30');

    attachTimeZoneField(f.elements.timeZone, 'Europe/Paris');

    expect(f.elements.d.value).toBe('2026-01-31T17:30');
  });
});
