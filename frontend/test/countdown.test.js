import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { attachWithin } from '../src/behaviours.js';
import {
  clockOffset, countdownState, remainingSeconds, remainingText, roundedText, renderAll, renderCountdown, severityOf, startTicking,
} from '../src/countdown.js';

const S = 1000;
const H = 3600 * S;
const D = 24 * H;
const at = (iso) => Date.parse(iso);
const EXPIRED = 'Expired: Macie cancels this job (one-time)';

describe('remaining time', () => {
  it('writes days, hours, minutes and seconds', () => {
    expect(remainingText(2 * 86400 + 3 * 3600 + 4 * 60 + 5)).toBe('2 days 3 hours 4 minutes 5 seconds');
  });

  it.each([
    [86401, '1 day 0 hours 0 minutes 1 second'],
    [3661, '1 hour 1 minute 1 second'],
    [300, '5 minutes 0 seconds'],
    [59, '59 seconds'],
    [1, '1 second'],
    [30 * 86400, '30 days 0 hours 0 minutes 0 seconds'],
  ])('%i seconds read "%s" (singular units, leading zeros left out)', (seconds, text) => {
    expect(remainingText(seconds)).toBe(text);
  });

  it('rounds part seconds up and never goes below zero', () => {
    expect(remainingSeconds(10_000, 4_800)).toBe(6);
    expect(remainingSeconds(10_000, 9_999)).toBe(1);
    expect(remainingSeconds(10_000, 10_000)).toBe(0);
    expect(remainingSeconds(10_000, 99_000)).toBe(0);
  });
});

describe('severity', () => {
  it.each([
    [30 * 86400, 'neutral'],
    [7 * 86400 + 1, 'neutral'],
    [7 * 86400, 'warning'],
    [86400 + 1, 'warning'],
    [86400, 'critical'],
    [1, 'critical'],
    [0, 'expired'],
  ])('%i seconds left is %s', (seconds, severity) => {
    expect(severityOf(seconds)).toBe(severity);
  });

  it('shows the expired message the server rendered once the time is up', () => {
    expect(countdownState(1000, 0, 1000, EXPIRED)).toEqual({ seconds: 0, severity: 'expired', text: EXPIRED });
  });
});

describe('calendar cases (instants, not wall clocks)', () => {
  it('spring forward in Berlin: noon to noon two days later is 47 hours', () => {
    const seconds = remainingSeconds(at('2026-03-30T12:00:00+02:00'), at('2026-03-28T12:00:00+01:00'));
    expect(remainingText(seconds)).toBe('1 day 23 hours 0 minutes 0 seconds');
  });

  it('fall back in New York: noon to noon is 25 hours, still a warning not critical', () => {
    const seconds = remainingSeconds(at('2026-11-01T12:00:00-05:00'), at('2026-10-31T12:00:00-04:00'));
    expect(remainingText(seconds)).toBe('1 day 1 hour 0 minutes 0 seconds');
    expect(severityOf(seconds)).toBe('warning');
  });

  it('thirty days from the end of January cross February', () => {
    const expiresAt = at('2026-01-31T10:00:00Z') + 30 * D;
    expect(new Date(expiresAt).toISOString()).toBe('2026-03-02T10:00:00.000Z');
    expect(remainingText(remainingSeconds(expiresAt, at('2026-02-28T10:00:00Z')))).toBe('2 days 0 hours 0 minutes 0 seconds');
  });

  it('a leap day counts as a day', () => {
    expect(remainingSeconds(at('2028-03-01T10:00:00Z'), at('2028-02-28T10:00:00Z'))).toBe(2 * 86400);
    expect(severityOf(remainingSeconds(at('2027-03-01T10:00:00Z'), at('2027-02-28T10:00:00Z')))).toBe('critical');
  });
});

describe('clock skew: the server instant is the reference', () => {
  const serverNow = at('2026-06-10T08:00:00Z');
  const expiresAt = serverNow + 10 * S;

  it.each([
    ['3 hours behind', -3 * H],
    ['2 days ahead', 2 * D],
    ['exactly right', 0],
    ['41 seconds and a bit ahead', 41_250],
  ])('a browser clock %s still counts down from the server time', (label, skew) => {
    const browserAtArrival = serverNow + skew;
    const offset = clockOffset(serverNow, browserAtArrival);
    expect(countdownState(expiresAt, offset, browserAtArrival, EXPIRED).text).toBe('10 seconds');
    expect(countdownState(expiresAt, offset, browserAtArrival + 4 * S, EXPIRED).text).toBe('6 seconds');
    expect(countdownState(expiresAt, offset, browserAtArrival + 10 * S, EXPIRED).severity).toBe('expired');
  });
});

describe('in the page', () => {
  let stop = () => {};

  const countdownElement = (serverNow, expiresAt) => {
    document.body.innerHTML = `<span class="countdown countdown--neutral" data-countdown
      data-expires-at="${expiresAt}" data-server-now="${serverNow}"
      data-expired-text="${EXPIRED}">server text</span>`;
    return document.querySelector('[data-countdown]');
  };

  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    stop();
    stop = () => {};
    vi.useRealTimers();
    document.body.innerHTML = '';
  });

  it('ticks every second from the server instant and switches severity classes', () => {
    const serverNow = at('2026-06-10T08:00:00Z');
    // the browser is 5 hours behind the server: only elapsed browser time matters
    let browserNow = serverNow - 5 * H;
    const element = countdownElement(serverNow, serverNow + D + 2 * S);

    renderCountdown(element, browserNow);
    stop = startTicking(document, () => browserNow);
    expect(element.textContent).toBe('1 day 0 hours 0 minutes 2 seconds');
    expect(element.className).toBe('countdown countdown--warning');

    browserNow += S;
    vi.advanceTimersByTime(S);
    expect(element.textContent).toBe('1 day 0 hours 0 minutes 1 second');

    browserNow += S;
    vi.advanceTimersByTime(S);
    expect(element.textContent).toBe('1 day 0 hours 0 minutes 0 seconds');
    expect(element.classList.contains('countdown--critical')).toBe(true);
    expect(element.classList.contains('countdown--warning')).toBe(false);

    browserNow += D;
    vi.advanceTimersByTime(S);
    expect(element.textContent).toBe(EXPIRED);
    expect(element.className).toBe('countdown countdown--expired');
  });

  it('draws a countdown as soon as it arrives, with its own server instant', () => {
    // a fragment rendered when the server was 8 days ahead of this browser
    const browserNow = Date.now();
    const swapped = countdownElement(browserNow + 8 * D, browserNow + 9 * D);
    attachWithin(document.body);
    expect(swapped.textContent).toBe('1 day 0 hours 0 minutes 0 seconds');
    expect(swapped.classList.contains('countdown--critical')).toBe(true);
  });

  it('renderAll leaves a page without countdowns alone', () => {
    document.body.innerHTML = '<p>no countdown</p>';
    renderAll(document, Date.now());
    expect(document.body.innerHTML).toBe('<p>no countdown</p>');
  });
});

describe('the rounded text of the list', () => {
  it.each([
    [26 * 86400 + 5 * 3600, '26 days'],
    [2 * 86400, '2 days'],
    [86400 + 5 * 3600 + 59, '1 day 5 h'],
    [86400 + 30, '1 day'],
    [5 * 3600 + 12 * 60 + 59, '5 h 12 min'],
    [3600, '1 h'],
    [38 * 60 + 20, '38 min'],
    [59, 'less than a minute'],
  ])('%i seconds read as %s (as PauseExpiry.roundedText)', (seconds, text) => {
    expect(roundedText(seconds)).toBe(text);
  });

  it('is what a rounded countdown shows, and the expired text once expired', () => {
    document.body.innerHTML = `<span data-countdown data-countdown-rounded data-expires-at="${10 * 3600 * 1000}"
      data-server-now="0" data-expired-text="Expired: Macie cancels this job (one-time)">x</span>`;
    const element = document.querySelector('span');
    renderCountdown(element, 0);
    expect(element.textContent).toBe('10 h');
    renderCountdown(element, 10 * 3600 * 1000);
    expect(element.textContent).toBe('Expired: Macie cancels this job (one-time)');
  });
});
