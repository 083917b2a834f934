// data-refresh-every="15" on an element with hx-trigger="refresh": every 15 seconds, while the tab
// is visible, dispatch the "refresh" event that htmx listens for. htmx's own
// `every 15s [document.visibilityState === 'visible']` needs eval, which the CSP forbids.
// A hidden tab does not refresh; when it becomes visible again after a full interval, it
// refreshes at once. The timer stops when the element leaves the page (e.g. swapped out), and
// pauses while a morphing swap has taken its data-refresh-every away (nothing changes any more).
// The requests these refreshes cause carry "Dashboard-Refresh: background", so that the server
// does not count them as the person's activity (an idle person is signed out after the session
// timeout although the page keeps refreshing).
// Inside an open event stream (live-stream.js) the server pushes instead, and nothing is polled.
import { behaviour } from './behaviours.js';
import { isStreamed } from './live-stream.js';

export const BACKGROUND_HEADER = 'Dashboard-Refresh';

export function startRefreshing(element, { doc = document, clock = Date, setTimer = setInterval, clearTimer = clearInterval } = {}) {
  const seconds = Number(element.dataset.refreshEvery);
  if (!(seconds > 0)) {
    return () => {};
  }
  const intervalMs = seconds * 1000;
  let last = clock.now();

  const refresh = () => {
    last = clock.now();
    element.dispatchEvent(new CustomEvent('refresh', { bubbles: false }));
  };
  const stop = () => {
    clearTimer(timer);
    doc.removeEventListener('visibilitychange', onVisibility);
  };
  const tick = () => {
    if (!element.isConnected) {
      stop();
    } else if (isStreamed(element)) {
      last = clock.now();
    } else if (element.dataset.refreshEvery && doc.visibilityState === 'visible' && clock.now() - last >= intervalMs - 50) {
      refresh();
    }
  };
  const onVisibility = () => {
    if (!element.isConnected) {
      stop();
    } else if (!isStreamed(element) && element.dataset.refreshEvery && doc.visibilityState === 'visible' && clock.now() - last >= intervalMs) {
      refresh();
    }
  };
  const timer = setTimer(tick, intervalMs);
  doc.addEventListener('visibilitychange', onVisibility);
  return stop;
}

behaviour('[data-refresh-every]', (element) => startRefreshing(element));

/** htmx:configRequest: marks a request triggered by a "refresh" event as a background one. */
export function markBackground(event) {
  if (event.detail?.triggeringEvent?.type === 'refresh') {
    event.detail.headers[BACKGROUND_HEADER] = 'background';
  }
}

export function listen(doc = document) {
  doc.addEventListener('htmx:configRequest', markBackground);
}
