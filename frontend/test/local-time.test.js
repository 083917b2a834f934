import { describe, expect, it } from 'vitest';
import { formatLocal, localise, relativePhrase } from '../src/local-time.js';

const now = new Date('2026-11-21T12:00:00Z');

describe('relativePhrase', () => {
  it.each([
    ['2026-11-21T11:59:30Z', 'just now'],
    ['2026-11-21T11:55:00Z', '5 minutes ago'],
    ['2026-11-21T09:00:00Z', '3 hours ago'],
    ['2026-11-20T12:00:00Z', 'yesterday'],
    ['2026-11-18T12:00:00Z', '3 days ago'],
    ['2026-11-07T12:00:00Z', '2 weeks ago'],
    ['2026-08-21T12:00:00Z', '3 months ago'],
    ['2024-11-21T12:00:00Z', '2 years ago'],
    ['2026-11-23T12:00:00Z', 'in 2 days'],
  ])('%s is "%s"', (instant, phrase) => {
    expect(relativePhrase(new Date(instant), now, 'en')).toBe(phrase);
  });
});

describe('formatLocal', () => {
  it('shows the instant in the given time zone', () => {
    const date = new Date('2026-11-21T23:28:00Z');
    expect(formatLocal(date, { locale: 'en-GB', timeZone: 'UTC' })).toBe('21 Nov 2026, 23:28');
    expect(formatLocal(date, { locale: 'en-GB', timeZone: 'Asia/Tokyo' })).toBe('22 Nov 2026, 08:28');
  });
});

describe('localise', () => {
  it('rewrites the server text into local time, with a relative phrase when asked, and keeps the UTC title', () => {
    document.body.innerHTML = `
      <time id="abs" data-local-time="absolute" datetime="2026-11-21T09:00:00Z" title="2026-11-21 09:00:00 UTC">21 Nov 2026, 09:00 UTC</time>
      <time id="rel" data-local-time="relative" datetime="2026-11-21T09:00:00Z" title="2026-11-21 09:00:00 UTC">21 Nov 2026, 09:00 UTC</time>`;
    const options = { locale: 'en-GB', timeZone: 'America/New_York' };
    localise(document.getElementById('abs'), now, options);
    localise(document.getElementById('rel'), now, options);
    expect(document.getElementById('abs').textContent).toBe('21 Nov 2026, 04:00');
    expect(document.getElementById('rel').textContent).toBe('21 Nov 2026, 04:00 (3 hours ago)');
    expect(document.getElementById('rel').title).toBe('2026-11-21 09:00:00 UTC');
  });

  it('shows a clock time to the second in local time', () => {
    document.body.innerHTML = '<time id="clock" data-local-time="clock" datetime="2026-11-21T09:00:05Z">09:00:05 UTC</time>';
    localise(document.getElementById('clock'), now, { locale: 'en-GB', timeZone: 'Asia/Kolkata' });
    expect(document.getElementById('clock').textContent).toBe('14:30:05');
  });

  it('leaves the server text when the datetime cannot be read', () => {
    document.body.innerHTML = '<time id="bad" data-local-time="absolute" datetime="yesterday">21 Nov 2026, 09:00 UTC</time>';
    localise(document.getElementById('bad'), now);
    expect(document.getElementById('bad').textContent).toBe('21 Nov 2026, 09:00 UTC');
  });
});
