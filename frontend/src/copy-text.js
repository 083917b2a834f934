// <button data-copy-from="#some-id" hidden>Copy</button>: copies the text of the element the
// selector names to the clipboard. The button stays hidden without JavaScript (nothing to do then)
// and says "Copied" for a moment afterwards.
import { behaviour } from './behaviours.js';

const CONFIRMATION_MS = 2000;

/** Copies source's text; resolves to true when the clipboard took it. */
export async function copyText(source, clipboard = navigator.clipboard) {
  if (!source || !clipboard) {
    return false;
  }
  try {
    await clipboard.writeText(source.textContent);
    return true;
  } catch {
    return false;
  }
}

export function attachCopyButton(button, clipboard = navigator.clipboard) {
  const label = button.textContent;
  button.hidden = false;
  button.addEventListener('click', async () => {
    const copied = await copyText(document.querySelector(button.dataset.copyFrom), clipboard);
    button.textContent = copied ? 'Copied' : 'Copy failed: select the text and copy it';
    setTimeout(() => {
      button.textContent = label;
    }, CONFIRMATION_MS);
  });
}

behaviour('[data-copy-from]', (button) => attachCopyButton(button));
// a morphing refresh hides the button again (the server's markup): show it again
behaviour('[data-copy-from]', (button) => {
  button.hidden = false;
}, { everyLoad: true });
