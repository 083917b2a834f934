// Progressive disclosure: an element with data-shown-when="name=A|B" shows only while the radio
// button named "name" in its form has the value A or B (e.g. the day of the week only for weekly
// jobs). Without JavaScript everything shows and the server ignores what does not apply.
import { behaviour } from './behaviours.js';

/** "schedule=WEEKLY|MONTHLY" -> { name: "schedule", values: ["WEEKLY", "MONTHLY"] } */
export function parseCondition(text) {
  const separator = text.indexOf('=');
  return { name: text.slice(0, separator), values: text.slice(separator + 1).split('|') };
}

export function applyShownWhen(element) {
  const form = element.closest('form');
  if (!form) {
    return;
  }
  const { name, values } = parseCondition(element.dataset.shownWhen);
  const checked = [...form.elements].find((input) => input.name === name && input.type === 'radio' && input.checked);
  element.hidden = !values.includes(checked?.value);
}

export function attachShownWhen(element) {
  applyShownWhen(element);
  const form = element.closest('form');
  const onChange = () => {
    if (element.isConnected) {
      applyShownWhen(element);
    }
    else {
      form.removeEventListener('change', onChange);
    }
  };
  form?.addEventListener('change', onChange);
}

behaviour('[data-shown-when]', attachShownWhen);
