// [data-error-summary]: the list of problems at the top of a form (the GOV.UK error summary
// pattern). It takes focus when it arrives, so that keyboard and screen reader users start there.
// Each link names a problem's message beside its field (#{field}-error, which works without
// JavaScript); with it, the link moves focus to the field's first control.
import { behaviour } from './behaviours.js';

const CONTROL = 'input:not([type="hidden"]), select, textarea, button';

/** The control a problem message belongs to: the first one of its field. */
export function controlFor(message) {
  const field = message.closest('.field, fieldset, .bucket-mode, .conditions');
  return field?.querySelector(CONTROL) ?? null;
}

export function initErrorSummary(summary, doc = document) {
  summary.addEventListener('click', (event) => {
    const link = event.target.closest?.('a[href^="#"]');
    const message = link && doc.getElementById(decodeURIComponent(link.getAttribute('href').slice(1)));
    const control = message && controlFor(message);
    if (control) {
      event.preventDefault();
      control.focus();
      control.scrollIntoView?.({ block: 'center' });
    }
  });
  summary.focus();
}

behaviour('[data-error-summary]', (summary) => initErrorSummary(summary));
