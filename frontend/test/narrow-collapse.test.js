import { describe, expect, it } from 'vitest';
import { collapseIfNarrow, NARROW } from '../src/narrow-collapse.js';

describe('filters behind a disclosure', () => {
  it('start closed on a phone and stay open on a wide screen', () => {
    document.body.innerHTML = '<details open data-collapse-narrow><summary>Filters (2)</summary></details>';
    const details = document.querySelector('details');
    const asked = [];

    collapseIfNarrow(details, (query) => {
      asked.push(query);
      return { matches: false };
    });
    expect(details.open).toBe(true);

    collapseIfNarrow(details, () => ({ matches: true }));
    expect(details.open).toBe(false);
    expect(asked).toEqual([NARROW]);
  });
});
