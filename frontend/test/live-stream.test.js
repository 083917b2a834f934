import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isStreamed, onBroken, onOpen, OBSERVED } from '../src/live-stream.js';
import { startRefreshing } from '../src/live-refresh.js';

function page() {
  document.body.innerHTML = `<div id="stream" data-live-stream>
      <section id="live" data-refresh-every="5"></section></div>`;
  const stream = document.getElementById('stream');
  const live = document.getElementById('live');
  const refreshes = [];
  live.addEventListener('refresh', () => refreshes.push(Date.now()));
  return { stream, live, refreshes };
}

function opened(stream) {
  const source = new EventTarget();
  onOpen({ target: stream, detail: { source } });
  return source;
}

describe('live stream', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-11-21T12:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('refreshes the live part on each observed event', () => {
    const { stream, refreshes } = page();
    const source = opened(stream);
    source.dispatchEvent(new Event(OBSERVED));
    source.dispatchEvent(new Event(OBSERVED));
    expect(refreshes).toHaveLength(2);
  });

  it('stops polling while the stream is open and polls again when it breaks', () => {
    const { stream, live, refreshes } = page();
    const stop = startRefreshing(live);
    opened(stream);
    expect(isStreamed(live)).toBe(true);
    vi.advanceTimersByTime(20_000);
    expect(refreshes).toHaveLength(0);

    onBroken({ target: stream });
    expect(isStreamed(live)).toBe(false);
    vi.advanceTimersByTime(5_000);
    expect(refreshes).toHaveLength(1);
    stop();
  });

  it('polls when the stream never opens', () => {
    const { live, refreshes } = page();
    const stop = startRefreshing(live);
    vi.advanceTimersByTime(10_000);
    expect(refreshes).toHaveLength(2);
    stop();
  });
});
