import { afterEach, describe, expect, it } from 'vitest';
import { initErrorSummary } from '../src/error-summary.js';

describe('the error summary', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('takes focus when it arrives and its links move focus to the field of each problem', () => {
    document.body.innerHTML = `<section data-error-summary tabindex="-1"><ul>
        <li><a href="#name-error">Enter a name.</a></li>
        <li><a href="#selectedBuckets-error">Choose at least one bucket.</a></li></ul></section>
      <div class="field"><label for="name">Name</label><input id="name">
        <p class="field__error" id="name-error">Enter a name.</p></div>
      <div class="bucket-mode"><p class="field__error" id="selectedBuckets-error">Choose at least one bucket.</p>
        <input type="hidden" name="_selectedBuckets"><input type="search" id="bucketSearch"></div>`;
    const summary = document.querySelector('[data-error-summary]');

    initErrorSummary(summary);
    expect(document.activeElement).toBe(summary);

    const toName = new MouseEvent('click', { bubbles: true, cancelable: true });
    summary.querySelector('a[href="#name-error"]').dispatchEvent(toName);
    expect(toName.defaultPrevented).toBe(true);
    expect(document.activeElement.id).toBe('name');

    summary.querySelector('a[href="#selectedBuckets-error"]').click();
    expect(document.activeElement.id).toBe('bucketSearch');
  });
});
