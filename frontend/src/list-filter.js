// <fieldset data-filter-list> holding <label data-filter-text="..."> items (optionally in
// [data-filter-group] blocks) and a hidden <label data-filter-box> with <input data-filter-input>:
// shows the box and hides the items (and emptied groups) whose text does not contain what is typed.
// Hidden items stay in the form, so choices already made are kept.
import { behaviour } from './behaviours.js';

/** Whether an item's text matches the query: every word of the query, in any order, any case. */
export function matchesQuery(text, query) {
  const haystack = text.toLowerCase().replace(/_/g, ' ');
  return query
    .toLowerCase()
    .replace(/_/g, ' ')
    .split(/\s+/)
    .filter((word) => word.length > 0)
    .every((word) => haystack.includes(word));
}

export function applyFilter(list, query) {
  for (const item of list.querySelectorAll('[data-filter-text]')) {
    item.hidden = !matchesQuery(item.dataset.filterText, query);
  }
  for (const group of list.querySelectorAll('[data-filter-group]')) {
    group.hidden = group.querySelector('[data-filter-text]:not([hidden])') === null;
  }
}

export function attachListFilter(list) {
  const box = list.querySelector('[data-filter-box]');
  const input = list.querySelector('[data-filter-input]');
  if (!box || !input) {
    return;
  }
  box.hidden = false;
  input.addEventListener('input', () => applyFilter(list, input.value));
  // Enter in the filter must not submit the whole form.
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
    }
  });
}

behaviour('[data-filter-list]', (list) => attachListFilter(list));
