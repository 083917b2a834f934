// A refreshing job section ([data-live-job]) or job list ([data-live-list]) whose refresh fails
// keeps its last state on screen (htmx swaps nothing on an error status) and says "Could not
// refresh at HH:MM:SS" in its [data-refresh-notice]; further refreshes wait longer each time
// (back-off) until one succeeds.

const MAX_DELAY_MS = 5 * 60 * 1000;
const failures = new Map();

/** How long to wait after the n-th failure in a row: the interval doubled each time, at most 5 minutes. */
export function backoffDelay(failureCount, intervalMs, maxMs = MAX_DELAY_MS) {
  return Math.min(intervalMs * 2 ** failureCount, maxMs);
}

/** "23:41:07" in the browser's zone (or the given one), 24-hour. */
export function clockTime(date, timeZone) {
  return new Intl.DateTimeFormat('en-GB', {
    hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23', timeZone,
  }).format(date);
}

export function noticeText(date, message, retryMs, timeZone) {
  const reason = message ? ` (${message.replace(/[.\s]+$/, '')})` : '';
  return `Could not refresh at ${clockTime(date, timeZone)}${reason}. This is the last known state; `
    + `trying again in ${Math.round(retryMs / 1000)} seconds.`;
}

/** The text of the server's error fragment, or nothing when the answer is not ours. */
export function serverMessage(xhr) {
  const body = xhr?.responseText;
  if (!body || body.length > 2000) return '';
  const text = new DOMParser().parseFromString(body, 'text/html').body.textContent.trim();
  return text.length <= 300 ? text : '';
}

function liveSection(event) {
  const elt = event.detail?.elt;
  return elt?.matches?.('[data-live-job], [data-live-list]') ? elt : null;
}

function keyOf(section) {
  return section.dataset.liveJob ?? 'job-list';
}

function intervalOf(section) {
  return (Number(section.dataset.refreshEvery) || 5) * 1000;
}

export function onBeforeRequest(event, now = Date.now()) {
  const section = liveSection(event);
  const state = section && failures.get(keyOf(section));
  if (state && now < state.retryAt) {
    event.preventDefault();
  }
}

export function onFailure(event, now = Date.now(), timeZone = undefined) {
  const section = liveSection(event);
  if (!section) return;
  const previous = failures.get(keyOf(section));
  const count = (previous?.count ?? 0) + 1;
  const delay = backoffDelay(count, intervalOf(section));
  failures.set(keyOf(section), { count, retryAt: now + delay });
  const notice = section.querySelector('[data-refresh-notice]');
  if (notice) {
    notice.textContent = noticeText(new Date(now), serverMessage(event.detail.xhr), delay, timeZone);
    notice.hidden = false;
  }
}

export function onSuccess(event) {
  const section = liveSection(event);
  if (section && event.detail?.successful !== false) {
    failures.delete(keyOf(section));
  }
}

export function listen(doc = document) {
  doc.addEventListener('htmx:beforeRequest', (event) => onBeforeRequest(event));
  doc.addEventListener('htmx:responseError', (event) => onFailure(event));
  doc.addEventListener('htmx:sendError', (event) => onFailure(event));
  doc.addEventListener('htmx:timeout', (event) => onFailure(event));
  doc.addEventListener('htmx:afterRequest', (event) => {
    if (event.detail?.successful) onSuccess(event);
  });
}
