import { describe, expect, it } from 'vitest';
import { attachBuilderForm } from '../src/builder-form.js';

describe('the builder form', () => {
  function builder() {
    document.body.innerHTML = `<form class="job-builder">
      <button type="submit" name="action" value="review">Review</button>
      <button type="submit" name="action" value="create" data-submit-once>Create</button>
    </form>`;
    return document.querySelector('form');
  }

  function submit(form, submitter) {
    const event = new SubmitEvent('submit', { cancelable: true, submitter });
    form.dispatchEvent(event);
    return event.defaultPrevented;
  }

  it('is marked as scripted', () => {
    const form = builder();

    attachBuilderForm(form);

    expect(form.classList.contains('js-enhanced')).toBe(true);
  });

  it('lets a submit-once button submit the first time only', () => {
    const form = builder();
    attachBuilderForm(form);
    const create = form.querySelector('[data-submit-once]');

    expect(submit(form, create)).toBe(false);
    expect(submit(form, create)).toBe(true);
    expect(create.getAttribute('aria-disabled')).toBe('true');
  });

  it('leaves other buttons alone', () => {
    const form = builder();
    attachBuilderForm(form);
    const review = form.querySelector('[value="review"]');

    expect(submit(form, review)).toBe(false);
    expect(submit(form, review)).toBe(false);
  });
});
