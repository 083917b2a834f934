import { afterEach, describe, expect, it, vi } from 'vitest';
import { initConfirm } from '../src/confirm-action.js';

function actionForm() {
  document.body.innerHTML = `<section id="live"><form method="post" action="/jobs/abc/cancel"
      data-confirm="Cancelling is final." data-confirm-title="Cancel this job?"
      data-confirm-button="Cancel job for good" data-keep-button="Keep the job">
      <input type="hidden" name="_csrf" value="token">
      <button type="submit" id="action-cancel" class="button--secondary button--secondary-danger">Cancel job…</button></form></section>`;
  const form = document.querySelector('form');
  form.submit = vi.fn();
  initConfirm(form);
  return form;
}

function submit(form) {
  const event = new Event('submit', { cancelable: true });
  form.dispatchEvent(event);
  return event;
}

describe('confirmation dialogs', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('give focus back to the button that opened them when closed with the way out or Esc', () => {
    const form = actionForm();
    submit(form);
    document.querySelector('.confirm-dialog__keep').click();
    expect(document.querySelector('dialog')).toBeNull();
    expect(document.activeElement.id).toBe('action-cancel');

    submit(form);
    const esc = new Event('cancel', { cancelable: true });
    document.querySelector('dialog').dispatchEvent(esc);
    expect(esc.defaultPrevented).toBe(true);
    expect(document.querySelector('dialog')).toBeNull();
    expect(document.activeElement).toBe(form.querySelector('button'));
  });

  it('give focus to the button with the same id when a refresh replaced the one that opened them', () => {
    const form = actionForm();
    submit(form);
    document.getElementById('live').innerHTML = `<form><button type="submit" id="action-cancel">Cancel job…</button></form>`;
    const replacement = document.getElementById('action-cancel');

    document.querySelector('.confirm-dialog__keep').click();

    expect(document.activeElement).toBe(replacement);
    expect(form.isConnected).toBe(false);
  });

  it('stop the form and ask, stating the consequence, with the way out focused', () => {
    const form = actionForm();
    const event = submit(form);

    expect(event.defaultPrevented).toBe(true);
    const dialog = document.querySelector('dialog.confirm-dialog');
    expect(dialog.hasAttribute('open')).toBe(true);
    expect(dialog.querySelector('h2').textContent).toBe('Cancel this job?');
    expect(dialog.querySelector('p').textContent).toBe('Cancelling is final.');
    expect(document.getElementById(dialog.getAttribute('aria-describedby')).textContent).toBe('Cancelling is final.');
    expect(dialog.querySelector('.confirm-dialog__confirm').textContent).toBe('Cancel job for good');
    expect(dialog.querySelector('.confirm-dialog__confirm').classList.contains('button--danger')).toBe(true);
    expect(document.activeElement.textContent).toBe('Keep the job');
    expect(form.submit).not.toHaveBeenCalled();
  });

  it('send the form with confirmed=true once confirmed', () => {
    const form = actionForm();
    submit(form);
    document.querySelector('.confirm-dialog__confirm').click();

    expect(form.submit).toHaveBeenCalledTimes(1);
    expect(form.querySelector('input[name=confirmed]').value).toBe('true');
    expect(form.querySelector('input[name=_csrf]').value).toBe('token');
    expect(document.querySelector('dialog')).toBeNull();
  });

  it('send nothing when the person keeps the job', () => {
    const form = actionForm();
    submit(form);
    document.querySelector('.confirm-dialog__keep').click();

    expect(form.submit).not.toHaveBeenCalled();
    expect(document.querySelector('dialog')).toBeNull();
    expect(form.querySelector('input[name=confirmed]')).toBeNull();
  });

  it('still send a form that a refresh swapped out while the dialog was open', () => {
    const form = actionForm();
    submit(form);
    document.getElementById('live').remove();
    document.querySelector('.confirm-dialog__confirm').click();

    expect(form.isConnected).toBe(true);
    expect(form.hidden).toBe(true);
    expect(form.submit).toHaveBeenCalledTimes(1);
  });
});
