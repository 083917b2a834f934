import { afterEach, describe, expect, it } from 'vitest';
import { compareValues, initSortableTable, updateChosenCount } from '../src/bucket-table.js';

function picker() {
  document.body.innerHTML = `<div data-bucket-picker><p data-chosen-count>1 chosen</p>
    <label><input type="checkbox" name="selectedBuckets" value="1/chosen" checked></label>
    <table data-sortable-table><thead><tr><th>Choose</th>
      <th><span data-sort-label>Bucket</span><button type="button" data-sort-key hidden>Bucket</button></th>
      <th class="num"><span data-sort-label>Size</span><button type="button" data-sort-key hidden>Size</button></th></tr></thead>
    <tbody>
      <tr><td><input type="checkbox" name="selectedBuckets" value="1/b"></td><td>b-logs</td><td data-sort="900">900 B</td></tr>
      <tr><td><input type="checkbox" name="selectedBuckets" value="1/a"></td><td>A-payroll</td><td data-sort="20000000000">20 GB</td></tr>
      <tr><td><input type="checkbox" name="selectedBuckets" value="1/c"></td><td>c-hr</td><td data-sort="3000000">3 MB</td></tr>
    </tbody></table></div>`;
  return document.querySelector('[data-bucket-picker]');
}

const names = () => [...document.querySelectorAll('tbody tr')].map((row) => row.cells[1].textContent);

describe('the bucket inventory table', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('compares sizes as numbers and names as text, ignoring case', () => {
    expect(compareValues('900', '20000000000')).toBeLessThan(0);
    expect(compareValues('b-logs', 'A-payroll')).toBeGreaterThan(0);
    expect(compareValues('', '5')).not.toBeNaN();
  });

  it('sorts by a column, then the other way round, saying so in aria-sort', () => {
    const table = picker().querySelector('table');
    initSortableTable(table);
    const [byName, bySize] = table.querySelectorAll('button[data-sort-key]');
    expect(byName.hidden).toBe(false);

    bySize.click();
    expect(names()).toEqual(['b-logs', 'c-hr', 'A-payroll']);
    expect(bySize.closest('th').getAttribute('aria-sort')).toBe('ascending');
    bySize.click();
    expect(names()).toEqual(['A-payroll', 'c-hr', 'b-logs']);
    expect(bySize.closest('th').getAttribute('aria-sort')).toBe('descending');

    byName.click();
    expect(names()).toEqual(['A-payroll', 'b-logs', 'c-hr']);
    expect(bySize.closest('th').hasAttribute('aria-sort')).toBe(false);
  });

  it('counts the chosen buckets, in the chosen list and the table', () => {
    const element = picker();
    element.querySelector('input[value="1/c"]').checked = true;

    expect(updateChosenCount(element)).toBe(2);
    expect(element.querySelector('[data-chosen-count]').textContent).toBe('2 chosen');
  });
});
