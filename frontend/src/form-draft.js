// <form data-draft="name"> keeps what is typed in the tab's sessionStorage, so that nothing is lost
// when the page has to be drawn again from scratch, above all when the session expired and signing
// in again reloads it. A page the server drew from scratch (data-draft-fresh) gets the draft back by
// posting it to the server (action=restore), which draws every row again; a page the server drew
// from a post already holds what was typed, so the draft follows it. A draft whose client token
// created a job (data-draft-created lists them) was submitted: it is dropped. Links marked
// data-draft-discard drop it too. Drafts are keyed by form and address (a copy of a job has its own).
import { behaviour } from './behaviours.js';

/** Fields the server issues afresh: never a reason to restore a draft. */
const ISSUED = new Set(['_csrf', 'action', 'clientToken', 'reviewedFingerprint', 'timeZone']);

export function draftKey(form, location = window.location) {
  return `draft:${form.dataset.draft}:${location.pathname}${location.search}`;
}

/** The form's values as [name, value] pairs, without the CSRF token. */
export function formEntries(form) {
  return [...new FormData(form)]
    .filter(([name, value]) => name !== '_csrf' && typeof value === 'string');
}

export function readDraft(storage, key) {
  try {
    const draft = JSON.parse(storage.getItem(key));
    return Array.isArray(draft) ? draft : null;
  } catch {
    return null;
  }
}

function typed(entries) {
  return JSON.stringify(entries.filter(([name]) => !ISSUED.has(name)));
}

/** Whether a draft holds something the fresh form does not, and was not already created. */
export function shouldRestore(draft, form) {
  if (!draft) {
    return false;
  }
  const created = (form.dataset.draftCreated || '').split(' ');
  const token = draft.find(([name]) => name === 'clientToken')?.[1];
  return !created.includes(token) && typed(draft) !== typed(formEntries(form));
}

/** Posts the draft (with this page's CSRF token) so that the server draws the form from it. */
export function restoreDraft(form, draft, doc = document) {
  const post = doc.createElement('form');
  post.method = 'post';
  post.setAttribute('action', form.getAttribute('action'));
  post.hidden = true;
  const csrf = form.querySelector('input[name="_csrf"]');
  const entries = [...draft.filter(([name]) => name !== 'action'), ['action', 'restore']];
  for (const [name, value] of csrf ? [...entries, ['_csrf', csrf.value]] : entries) {
    const input = doc.createElement('input');
    input.type = 'hidden';
    input.name = name;
    input.value = value;
    post.append(input);
  }
  doc.body.append(post);
  post.submit();
}

export function attachFormDraft(form, storage = window.sessionStorage) {
  const key = draftKey(form);
  if (form.dataset.draftFresh === 'true') {
    const draft = readDraft(storage, key);
    if (shouldRestore(draft, form)) {
      restoreDraft(form, draft);
      return;
    }
  }
  const save = () => storage.setItem(key, JSON.stringify(formEntries(form)));
  save();
  // typing, choosing, and rows added or removed in place (htmx swaps inside the form)
  form.addEventListener('input', save);
  form.addEventListener('change', save);
  form.addEventListener('htmx:afterSettle', save);
  for (const link of form.querySelectorAll('[data-draft-discard]')) {
    link.addEventListener('click', () => storage.removeItem(key));
  }
}

behaviour('form[data-draft]', (form) => attachFormDraft(form));
