// The builder's bucket inventory table ([data-sortable-table]): column headers with a
// <button data-sort-key> sort the rows in the browser (by the cells' data-sort values, numbers for
// sizes), and [data-chosen-count] says how many buckets are chosen. Without JavaScript the table
// keeps the inventory's order and the count is the server's.
import { behaviour } from './behaviours.js';

/** Compares two cells' sort values: numerically when both are numbers, else as text. */
export function compareValues(a, b) {
  const x = Number(a);
  const y = Number(b);
  if (a !== '' && b !== '' && !Number.isNaN(x) && !Number.isNaN(y)) return x - y;
  return String(a).localeCompare(String(b), undefined, { sensitivity: 'base' });
}

export function sortRows(table, column, ascending) {
  const body = table.tBodies[0];
  const rows = [...body.rows];
  const valueOf = (row) => row.cells[column]?.dataset.sort ?? row.cells[column]?.textContent.trim() ?? '';
  rows.sort((r1, r2) => (ascending ? 1 : -1) * compareValues(valueOf(r1), valueOf(r2)));
  body.append(...rows);
}

export function initSortableTable(table) {
  table.querySelectorAll('th button[data-sort-key]').forEach((button) => {
    const header = button.closest('th');
    button.hidden = false;
    header.querySelector('[data-sort-label]')?.setAttribute('hidden', '');
    button.addEventListener('click', () => {
      const ascending = header.getAttribute('aria-sort') !== 'ascending';
      table.querySelectorAll('th[aria-sort]').forEach((th) => th.removeAttribute('aria-sort'));
      header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      sortRows(table, header.cellIndex, ascending);
    });
  });
}

/** "3 chosen": the checked boxes named selectedBuckets in the picker. */
export function updateChosenCount(picker) {
  const count = picker.querySelectorAll('input[name="selectedBuckets"]:checked').length;
  const output = picker.querySelector('[data-chosen-count]');
  if (output) output.textContent = `${count} chosen`;
  return count;
}

behaviour('table[data-sortable-table]', (table) => initSortableTable(table));
behaviour('[data-bucket-picker]', (picker) => {
  picker.addEventListener('change', () => updateChosenCount(picker));
  updateChosenCount(picker);
});
