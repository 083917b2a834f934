// <button data-copy-from="element-id" hidden>: copies that element's text to the clipboard. The
// button stays hidden where no clipboard is available (no JavaScript, or an insecure origin): the
// text itself can still be selected.
import { behaviour } from './behaviours.js';

export function initCopyButton(button, { doc = document, clipboard = globalThis.navigator?.clipboard } = {}) {
  const source = doc.getElementById(button.dataset.copyFrom);
  if (!source || !clipboard) {
    return;
  }
  const status = doc.createElement('span');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  button.after(status);
  const label = button.textContent;
  button.hidden = false;
  button.addEventListener('click', async () => {
    try {
      await clipboard.writeText(source.textContent.trim());
      button.textContent = 'Copied';
      status.textContent = `${label.replace(/^Copy /, '')} copied`;
    } catch {
      button.textContent = 'Could not copy: select the text';
      status.textContent = button.textContent;
    }
    setTimeout(() => {
      button.textContent = label;
    }, 2000);
  });
}

behaviour('button[data-copy-from]', (button) => initCopyButton(button));
