import { afterEach, describe, expect, it } from 'vitest';
import {
  backoffDelay, clockTime, noticeText, onBeforeRequest, onFailure, onSuccess, serverMessage,
} from '../src/live-errors.js';

function section(jobId = 'job-1') {
  document.body.innerHTML = `<section data-live-job="${jobId}" data-refresh-every="5">
    <p data-refresh-notice hidden></p><span class="badge">Running</span></section>`;
  return document.querySelector('section');
}

const event = (elt, extra = {}) => {
  const created = new Event('htmx', { cancelable: true });
  created.detail = { elt, ...extra };
  return created;
};

describe('back-off', () => {
  it('doubles the interval after each failure, up to five minutes', () => {
    expect([1, 2, 3, 4].map((n) => backoffDelay(n, 5000))).toEqual([10000, 20000, 40000, 80000]);
    expect(backoffDelay(12, 5000)).toBe(300000);
  });
});

describe('the notice', () => {
  it('names the local time of the failure', () => {
    const at = new Date('2026-06-10T21:41:07Z');
    expect(clockTime(at, 'UTC')).toBe('21:41:07');
    expect(clockTime(at, 'Europe/Berlin')).toBe('23:41:07');
    expect(clockTime(at, 'Asia/Kolkata')).toBe('03:11:07');
    expect(noticeText(at, 'Macie could not be reached.', 10000, 'UTC')).toBe(
      'Could not refresh at 21:41:07 (Macie could not be reached). This is the last known state; trying again in 10 seconds.',
    );
  });

  it("takes the server's message from its error fragment, and nothing from a foreign page", () => {
    expect(serverMessage({ responseText: '<p>Macie is busy.</p>' })).toBe('Macie is busy.');
    expect(serverMessage({ responseText: `<html><body>${'x'.repeat(3000)}</body></html>` })).toBe('');
    expect(serverMessage(undefined)).toBe('');
  });
});

describe('a failing refresh', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('keeps the state, shows the notice and skips refreshes until the back-off ends', () => {
    const live = section('job-a');
    const t0 = Date.parse('2026-06-10T08:00:00Z');

    onFailure(event(live, { xhr: { responseText: '<p>Macie could not be reached.</p>' } }), t0, 'UTC');

    const notice = live.querySelector('[data-refresh-notice]');
    expect(notice.hidden).toBe(false);
    expect(notice.textContent).toContain('Could not refresh at 08:00:00 (Macie could not be reached)');
    expect(notice.textContent).toContain('trying again in 10 seconds');
    expect(live.querySelector('.badge').textContent).toBe('Running');

    const tooSoon = event(live);
    onBeforeRequest(tooSoon, t0 + 9000);
    expect(tooSoon.defaultPrevented).toBe(true);
    const later = event(live);
    onBeforeRequest(later, t0 + 10000);
    expect(later.defaultPrevented).toBe(false);

    onFailure(event(live), t0 + 10000, 'UTC');
    const stillWaiting = event(live);
    onBeforeRequest(stillWaiting, t0 + 10000 + 19000);
    expect(stillWaiting.defaultPrevented).toBe(true);
    expect(notice.textContent).toContain('trying again in 20 seconds');
  });

  it('keeps the job list too, apart from the job pages', () => {
    document.body.innerHTML = `<section id="job-results" data-live-list data-refresh-every="15">
      <p data-refresh-notice hidden></p><table><tr><td>Nightly scan</td></tr></table></section>`;
    const list = document.querySelector('section');
    const t0 = Date.parse('2026-06-10T08:00:00Z');

    onFailure(event(list, { xhr: { responseText: '<p>Macie is busy.</p>' } }), t0, 'UTC');

    expect(list.querySelector('[data-refresh-notice]').textContent)
      .toBe('Could not refresh at 08:00:00 (Macie is busy). This is the last known state; trying again in 30 seconds.');
    expect(list.querySelector('td').textContent).toBe('Nightly scan');
    const tooSoon = event(list);
    onBeforeRequest(tooSoon, t0 + 29000);
    expect(tooSoon.defaultPrevented).toBe(true);
    onSuccess(event(list, { successful: true }));
    const next = event(list);
    onBeforeRequest(next, t0 + 29000);
    expect(next.defaultPrevented).toBe(false);
  });

  it('refreshes at the normal pace again after a success', () => {
    const live = section('job-b');
    const t0 = 1_000_000;
    onFailure(event(live), t0, 'UTC');
    onSuccess(event(live, { successful: true }));

    const next = event(live);
    onBeforeRequest(next, t0 + 1);
    expect(next.defaultPrevented).toBe(false);
  });

  it('leaves other htmx requests alone', () => {
    document.body.innerHTML = '<form id="filters"></form>';
    const other = event(document.getElementById('filters'));
    onFailure(other, 0);
    onBeforeRequest(other, 1);
    expect(other.defaultPrevented).toBe(false);
  });
});
