import { describe, expect, it } from 'vitest';
import { attachShownWhen, parseCondition } from '../src/shown-when.js';

describe('shown-when', () => {
  function form(checkedValue) {
    document.body.innerHTML = `<form>
      ${['ONE_TIME', 'WEEKLY', 'MONTHLY'].map((value) => `<input type="radio" name="schedule" value="${value}"
        ${value === checkedValue ? 'checked' : ''}>`).join('')}
      <div id="day" data-shown-when="schedule=WEEKLY|MONTHLY">day</div>
    </form>`;
    return document.querySelector('form');
  }

  function choose(value) {
    const radio = document.querySelector(`input[value="${value}"]`);
    radio.checked = true;
    radio.dispatchEvent(new Event('change', { bubbles: true }));
  }

  it('reads a name and its values', () => {
    expect(parseCondition('bucketMode=CRITERIA')).toEqual({ name: 'bucketMode', values: ['CRITERIA'] });
    expect(parseCondition('schedule=WEEKLY|MONTHLY')).toEqual({ name: 'schedule', values: ['WEEKLY', 'MONTHLY'] });
  });

  it('hides the element while the radio has another value and shows it for one of its values', () => {
    form('ONE_TIME');
    const day = document.getElementById('day');
    attachShownWhen(day);
    expect(day.hidden).toBe(true);

    choose('MONTHLY');
    expect(day.hidden).toBe(false);

    choose('ONE_TIME');
    expect(day.hidden).toBe(true);
  });

  it('shows the element when its value is checked from the start', () => {
    form('WEEKLY');
    const day = document.getElementById('day');
    attachShownWhen(day);
    expect(day.hidden).toBe(false);
  });

  it('stops following the form once the element has been swapped out', () => {
    const built = form('ONE_TIME');
    const day = document.getElementById('day');
    attachShownWhen(day);
    day.remove();
    built.append(day.cloneNode(true));

    choose('WEEKLY');
    expect(day.hidden).toBe(true);
  });
});
