import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { attachFormDraft, draftKey, formEntries, readDraft, shouldRestore } from '../src/form-draft.js';

describe('the form draft', () => {
  let submitted;

  beforeEach(() => {
    sessionStorage.clear();
    submitted = [];
    vi.spyOn(HTMLFormElement.prototype, 'submit').mockImplementation(function submit() {
      submitted.push(this);
    });
  });

  afterEach(() => vi.restoreAllMocks());

  function builder({ fresh = false, created = '', name = '', token = 'token-1' } = {}) {
    document.body.innerHTML = `<form data-draft="job-builder" method="post" action="/jobs/new"
        ${fresh ? 'data-draft-fresh="true"' : ''} data-draft-created="${created}">
      <input type="hidden" name="_csrf" value="csrf-now">
      <input type="hidden" name="clientToken" value="${token}">
      <input name="name" value="${name}">
      <input type="checkbox" name="initialRun" value="true" checked>
      <a href="/jobs/new" data-draft-discard>Start again</a>
    </form>`;
    return document.querySelector('form');
  }

  const key = () => draftKey(document.querySelector('form'));

  it('keeps what is typed, without the CSRF token', () => {
    const form = builder();
    attachFormDraft(form, sessionStorage);

    form.elements.name.value = 'Nightly PII scan';
    form.elements.name.dispatchEvent(new Event('input', { bubbles: true }));

    expect(readDraft(sessionStorage, key())).toEqual([
      ['clientToken', 'token-1'], ['name', 'Nightly PII scan'], ['initialRun', 'true'],
    ]);
  });

  it('keys drafts by form and address', () => {
    const form = builder();
    expect(draftKey(form, { pathname: '/jobs/new', search: '?copyOf=abc' })).toBe('draft:job-builder:/jobs/new?copyOf=abc');
  });

  it('gives a page drawn from scratch its draft back by posting it with the new CSRF token', () => {
    builder({ name: 'Nightly PII scan' });
    sessionStorage.setItem(key(), JSON.stringify([['clientToken', 'token-1'], ['name', 'Nightly PII scan'],
      ['tags[0].key', 'team'], ['action', 'review']]));
    const form = builder({ fresh: true, token: 'token-2' });

    attachFormDraft(form, sessionStorage);

    expect(submitted).toHaveLength(1);
    const post = submitted[0];
    expect(post.getAttribute('action')).toBe('/jobs/new');
    expect(formEntries(post)).toEqual([
      ['clientToken', 'token-1'], ['name', 'Nightly PII scan'], ['tags[0].key', 'team'], ['action', 'restore'],
    ]);
    expect(post.querySelector('input[name="_csrf"]').value).toBe('csrf-now');
  });

  it('restores nothing when nothing was typed beyond what the server issues', () => {
    const form = builder({ fresh: true, token: 'token-2' });
    const draft = [['clientToken', 'token-1'], ['name', ''], ['initialRun', 'true']];

    expect(shouldRestore(draft, form)).toBe(false);
    expect(shouldRestore(null, form)).toBe(false);
  });

  it('drops a draft whose client token created a job', () => {
    sessionStorage.setItem('draft:job-builder:/', JSON.stringify([['clientToken', 'token-1'], ['name', 'Done']]));
    const form = builder({ fresh: true, created: 'token-0 token-1', token: 'token-2' });

    attachFormDraft(form, sessionStorage);

    expect(submitted).toHaveLength(0);
    expect(readDraft(sessionStorage, key())).toEqual([['clientToken', 'token-2'], ['name', ''], ['initialRun', 'true']]);
  });

  it('follows a page the server drew from a post instead of restoring over it', () => {
    sessionStorage.setItem('draft:job-builder:/', JSON.stringify([['clientToken', 'token-1'], ['name', 'Old']]));
    const form = builder({ name: 'As posted' });

    attachFormDraft(form, sessionStorage);

    expect(submitted).toHaveLength(0);
    expect(readDraft(sessionStorage, key())).toContainEqual(['name', 'As posted']);
  });

  it('forgets the draft when the person starts again', () => {
    const form = builder({ name: 'Abandoned' });
    attachFormDraft(form, sessionStorage);

    form.querySelector('[data-draft-discard]').dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));

    expect(sessionStorage.getItem(key())).toBeNull();
  });

  it('ignores a damaged draft', () => {
    sessionStorage.setItem('draft:job-builder:/', '{not json');
    expect(readDraft(sessionStorage, 'draft:job-builder:/')).toBeNull();
  });
});
