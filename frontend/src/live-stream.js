// A live part inside [data-live-stream sse-connect="..."] (htmx's SSE extension opens the event
// stream) is refreshed when the server pushes an "observed" event: the watcher read Macie again,
// or an operator changed the job. While the stream is open the element carries data-stream-open
// and live-refresh.js does not poll; when the stream cannot connect or breaks (a proxy that
// buffers), polling goes on as before, so a page never does both at once. The extension itself
// reconnects.

export const OBSERVED = 'observed';

function streamOf(event) {
  const elt = event.target;
  return elt?.matches?.('[data-live-stream]') ? elt : null;
}

/** htmx:sseOpen: polling stops, each "observed" event refreshes the live part(s) inside. */
export function onOpen(event) {
  const stream = streamOf(event);
  const source = event.detail?.source;
  if (!stream || !source) return;
  stream.dataset.streamOpen = 'true';
  source.addEventListener(OBSERVED, () => {
    stream.querySelectorAll('[data-refresh-every]').forEach((live) => {
      live.dispatchEvent(new CustomEvent('refresh', { bubbles: false }));
    });
  });
}

/** htmx:sseError or htmx:sseClose: polling takes over until the stream is open again. */
export function onBroken(event) {
  const stream = streamOf(event);
  if (stream) delete stream.dataset.streamOpen;
}

/** Whether the element's live part is pushed to it, so that it must not poll. */
export function isStreamed(element) {
  return Boolean(element.closest?.('[data-stream-open]'));
}

export function listen(doc = document) {
  doc.addEventListener('htmx:sseOpen', onOpen);
  doc.addEventListener('htmx:sseError', onBroken);
  doc.addEventListener('htmx:sseClose', onBroken);
}
