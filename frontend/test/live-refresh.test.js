import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BACKGROUND_HEADER, listen, markBackground, startRefreshing } from '../src/live-refresh.js';

let visibility;

function fakeDocument() {
  const target = new EventTarget();
  return {
    get visibilityState() { return visibility; },
    addEventListener: target.addEventListener.bind(target),
    removeEventListener: target.removeEventListener.bind(target),
    becomes(state) { visibility = state; target.dispatchEvent(new Event('visibilitychange')); },
  };
}

function table(seconds) {
  document.body.innerHTML = `<div id="rows" data-refresh-every="${seconds}"></div>`;
  const element = document.getElementById('rows');
  const refreshes = [];
  element.addEventListener('refresh', () => refreshes.push(Date.now()));
  return { element, refreshes };
}

describe('live refresh', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-11-21T12:00:00Z'));
    visibility = 'visible';
  });
  afterEach(() => vi.useRealTimers());

  it('fires a refresh event every interval while the tab is visible', () => {
    const { element, refreshes } = table(15);
    startRefreshing(element, { doc: fakeDocument() });
    vi.advanceTimersByTime(14_000);
    expect(refreshes).toHaveLength(0);
    vi.advanceTimersByTime(1_000);
    expect(refreshes).toHaveLength(1);
    vi.advanceTimersByTime(30_000);
    expect(refreshes).toHaveLength(3);
  });

  it('does not refresh while the tab is hidden, and refreshes at once on return after a full interval', () => {
    const { element, refreshes } = table(15);
    const doc = fakeDocument();
    startRefreshing(element, { doc });
    doc.becomes('hidden');
    vi.advanceTimersByTime(60_000);
    expect(refreshes).toHaveLength(0);
    doc.becomes('visible');
    expect(refreshes).toHaveLength(1);
  });

  it('does not refresh on return when the last refresh is recent', () => {
    const { element, refreshes } = table(15);
    const doc = fakeDocument();
    startRefreshing(element, { doc });
    vi.advanceTimersByTime(5_000);
    doc.becomes('hidden');
    doc.becomes('visible');
    expect(refreshes).toHaveLength(0);
  });

  it('stops once the element has left the page', () => {
    const { element, refreshes } = table(15);
    startRefreshing(element, { doc: fakeDocument() });
    element.remove();
    vi.advanceTimersByTime(60_000);
    expect(refreshes).toHaveLength(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('does nothing without a positive interval', () => {
    const { element, refreshes } = table('off');
    startRefreshing(element, { doc: fakeDocument() });
    vi.advanceTimersByTime(60_000);
    expect(refreshes).toHaveLength(0);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('background marking', () => {
  function configRequest(triggeringEvent) {
    return new CustomEvent('htmx:configRequest', { detail: { headers: {}, triggeringEvent } });
  }

  it('marks a request that a refresh event triggered as background', () => {
    const event = configRequest(new CustomEvent('refresh'));
    markBackground(event);
    expect(event.detail.headers).toEqual({ [BACKGROUND_HEADER]: 'background' });
    expect(BACKGROUND_HEADER).toBe('Dashboard-Refresh');
  });

  it('leaves what a person did unmarked', () => {
    for (const triggeringEvent of [new Event('submit'), new Event('click'), new Event('change'), undefined]) {
      const event = configRequest(triggeringEvent);
      markBackground(event);
      expect(event.detail.headers).toEqual({});
    }
  });

  it('listens to htmx on the document', () => {
    const doc = new EventTarget();
    listen(doc);
    const event = configRequest(new CustomEvent('refresh'));
    doc.dispatchEvent(event);
    expect(event.detail.headers[BACKGROUND_HEADER]).toBe('background');
  });
});
