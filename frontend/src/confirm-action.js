// <form data-confirm="consequence" data-confirm-title="Pause this job?" data-confirm-button="Pause job"
// data-keep-button="Keep it running">: asks in a dialog before the form is sent, then sends it with
// confirmed=true. Without JavaScript the form is sent as it is and the server asks on a page.
// Closing the dialog without acting (Esc or the way-out button) returns focus to the button that
// opened it, looked up again by its id in case a live refresh replaced it meanwhile.
import { behaviour } from './behaviours.js';

let dialogCount = 0;

function element(doc, tag, className, text) {
  const created = doc.createElement(tag);
  if (className) created.className = className;
  if (text) created.textContent = text;
  return created;
}

/** Sends the form as confirmed, also when a refresh has meanwhile swapped it out of the page. */
export function submitConfirmed(form, doc = document) {
  const confirmed = element(doc, 'input');
  confirmed.type = 'hidden';
  confirmed.name = 'confirmed';
  confirmed.value = 'true';
  form.append(confirmed);
  if (!form.isConnected) {
    form.hidden = true;
    doc.body.append(form);
  }
  form.submit();
}

/** The dialog for one form: title, consequence, the action and a way out (focused first). */
export function buildDialog(form, doc = document) {
  dialogCount += 1;
  const dialog = element(doc, 'dialog', 'confirm-dialog');
  const title = element(doc, 'h2', 'confirm-dialog__title', form.dataset.confirmTitle || 'Are you sure?');
  title.id = `confirm-dialog-title-${dialogCount}`;
  const message = element(doc, 'p', 'confirm-dialog__message', form.dataset.confirm);
  message.id = `confirm-dialog-message-${dialogCount}`;
  dialog.setAttribute('aria-labelledby', title.id);
  dialog.setAttribute('aria-describedby', message.id);
  const actions = element(doc, 'div', 'form-actions');
  const confirm = element(doc, 'button', 'confirm-dialog__confirm', form.dataset.confirmButton || 'Confirm');
  confirm.type = 'button';
  if (form.querySelector('button.button--danger, button.button--secondary-danger')) confirm.classList.add('button--danger');
  const keep = element(doc, 'button', 'button--secondary confirm-dialog__keep', form.dataset.keepButton || 'Go back');
  keep.type = 'button';
  keep.autofocus = true;
  actions.append(confirm, keep);
  dialog.append(title, message, actions);
  confirm.addEventListener('click', () => {
    dialog.close?.();
    dialog.remove();
    submitConfirmed(form, doc);
  });
  const goBack = () => {
    dialog.close?.();
    dialog.remove();
    returnFocus(form, doc);
  };
  keep.addEventListener('click', goBack);
  dialog.addEventListener('cancel', (event) => {
    event.preventDefault();
    goBack();
  });
  return dialog;
}

/** Focuses the form's submit button: the one on the page now with the same id, else the form's own. */
export function returnFocus(form, doc = document) {
  const button = form.querySelector('button[type="submit"], button:not([type])');
  const current = (button?.id && doc.getElementById(button.id)) || button;
  current?.focus();
  return current;
}

export function initConfirm(form, doc = document) {
  form.addEventListener('submit', (event) => {
    if (form.querySelector('input[name="confirmed"]')) {
      return;
    }
    event.preventDefault();
    const dialog = buildDialog(form, doc);
    doc.body.append(dialog);
    if (typeof dialog.showModal === 'function') {
      dialog.showModal();
    } else {
      dialog.setAttribute('open', '');
    }
    dialog.querySelector('.confirm-dialog__keep').focus();
  });
}

behaviour('form[data-confirm]', (form) => initConfirm(form));
