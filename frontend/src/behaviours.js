// Behaviours attach to elements by a CSS selector (usually a data attribute), once per element,
// on the first page load and again inside whatever htmx swaps in (app.js wires htmx:load here).
// Which behaviours each element has are remembered in a WeakMap (element -> set of behaviours)
// rather than marked in the DOM, so that content restored from htmx's history snapshot is
// attached afresh.
// A morphing swap (hx-swap="morph") keeps elements and puts the server's markup back into them
// (texts, hidden): a behaviour that draws into the DOM rather than listening registers with
// { everyLoad: true } and runs again each time content around its element arrives. Such a
// behaviour must be idempotent.

const behaviours = [];
const attached = new WeakMap();

/**
 * Registers init(element) for every element matching selector, now and after each swap: once per
 * element, or with everyLoad each time content holding the element arrives.
 */
export function behaviour(selector, init, { everyLoad = false } = {}) {
  behaviours.push({ selector, init, everyLoad });
}

/** Attaches every registered behaviour inside root (root included). */
export function attachWithin(root) {
  for (const entry of behaviours) {
    const matches = [];
    if (root.matches?.(entry.selector)) {
      matches.push(root);
    }
    if (root.querySelectorAll) {
      matches.push(...root.querySelectorAll(entry.selector));
    }
    for (const element of matches) {
      let done = attached.get(element);
      if (!done) {
        done = new Set();
        attached.set(element, done);
      }
      if (entry.everyLoad || !done.has(entry)) {
        done.add(entry);
        entry.init(element);
      }
    }
  }
}
