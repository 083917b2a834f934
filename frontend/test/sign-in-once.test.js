import { describe, expect, it } from 'vitest';
import { listen, signInOnce } from '../src/sign-in-once.js';

function answer(status, headers = {}) {
  const event = new CustomEvent('htmx:beforeOnLoad', {
    cancelable: true,
    detail: { xhr: { status, getResponseHeader: (name) => headers[name] ?? null } },
  });
  return event;
}

describe('sign-in once', () => {
  it('lets the first answer that navigates away through and drops the later ones', () => {
    const listener = signInOnce();
    const first = answer(401, { 'HX-Redirect': '/jobs/new' });
    const formPost = answer(403, { 'HX-Refresh': 'true' });
    const second = answer(401, { 'HX-Redirect': '/jobs/new' });

    [first, formPost, second].forEach(listener);

    expect(first.defaultPrevented).toBe(false);
    expect(formPost.defaultPrevented).toBe(true);
    expect(second.defaultPrevented).toBe(true);
  });

  it('leaves every other answer to htmx, before and after', () => {
    const listener = signInOnce();
    const others = [answer(200), answer(401), answer(403), answer(200, { 'HX-Refresh': 'false' })];
    others.forEach(listener);
    listener(answer(403, { 'HX-Refresh': 'true' }));
    const later = answer(200);
    listener(later);

    expect(others.some((event) => event.defaultPrevented)).toBe(false);
    expect(later.defaultPrevented).toBe(false);
  });

  it('lets a page restored from the back-forward cache navigate again', () => {
    const doc = new EventTarget();
    const win = new EventTarget();
    listen(doc, win);
    doc.dispatchEvent(answer(401, { 'HX-Redirect': '/jobs' }));

    const restored = new Event('pageshow');
    restored.persisted = true;
    win.dispatchEvent(restored);
    const again = answer(401, { 'HX-Redirect': '/jobs' });
    doc.dispatchEvent(again);

    expect(again.defaultPrevented).toBe(false);
  });
});
