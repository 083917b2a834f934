// The job builder form (form.job-builder): marks it as scripted so that the buttons only needed
// without JavaScript (.no-js-only: "Show the values for this property", "Update the preview") hide,
// and lets a [data-submit-once] button submit only once, so a double click sends one request.
import { behaviour } from './behaviours.js';

export function attachBuilderForm(form) {
  form.classList.add('js-enhanced');
  form.addEventListener('submit', (event) => {
    const button = event.submitter;
    if (!button || !button.matches('[data-submit-once]')) {
      return;
    }
    if (button.dataset.submitted === 'true') {
      event.preventDefault();
      return;
    }
    button.dataset.submitted = 'true';
    button.setAttribute('aria-disabled', 'true');
  });
}

behaviour('form.job-builder', (form) => attachBuilderForm(form));
