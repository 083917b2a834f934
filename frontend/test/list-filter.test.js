import { describe, expect, it } from 'vitest';
import { applyFilter, attachListFilter, matchesQuery } from '../src/list-filter.js';

describe('matchesQuery', () => {
  it('matches every word in any order and case, underscores read as spaces', () => {
    expect(matchesQuery('CREDIT_CARD_NUMBER', 'card credit')).toBe(true);
    expect(matchesQuery('CREDIT_CARD_NUMBER', 'credit_card')).toBe(true);
    expect(matchesQuery('CREDIT_CARD_NUMBER', 'passport')).toBe(false);
    expect(matchesQuery('PASSPORT_NUMBER', '  ')).toBe(true);
  });
});

describe('the identifier picker filter', () => {
  function picker() {
    document.body.innerHTML = `<fieldset data-filter-list>
      <label hidden data-filter-box><input data-filter-input></label>
      <div data-filter-group id="credentials">
        <label data-filter-text="AWS_CREDENTIALS"><input type="checkbox" checked></label>
      </div>
      <div data-filter-group id="financial">
        <label data-filter-text="CREDIT_CARD_NUMBER"><input type="checkbox"></label>
        <label data-filter-text="BANK_ACCOUNT_NUMBER"><input type="checkbox"></label>
      </div>
    </fieldset>`;
    return document.querySelector('[data-filter-list]');
  }

  it('shows the filter box only once scripted', () => {
    const list = picker();

    attachListFilter(list);

    expect(list.querySelector('[data-filter-box]').hidden).toBe(false);
  });

  it('hides what does not match and the groups left empty, keeping choices', () => {
    const list = picker();

    applyFilter(list, 'number');

    expect(list.querySelector('[data-filter-text="AWS_CREDENTIALS"]').hidden).toBe(true);
    expect(list.querySelector('#credentials').hidden).toBe(true);
    expect(list.querySelector('[data-filter-text="CREDIT_CARD_NUMBER"]').hidden).toBe(false);
    expect(list.querySelector('#financial').hidden).toBe(false);
    expect(list.querySelector('[data-filter-text="AWS_CREDENTIALS"] input').checked).toBe(true);

    applyFilter(list, '');

    expect(list.querySelectorAll('[hidden]:not([data-filter-box])')).toHaveLength(0);
  });
});
