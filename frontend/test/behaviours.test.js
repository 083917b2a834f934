import { describe, expect, it } from 'vitest';
import { attachWithin, behaviour } from '../src/behaviours.js';

describe('behaviours', () => {
  it('attaches once per element, including the root and content swapped in later', () => {
    const seen = [];
    behaviour('[data-test-behaviour]', (element) => seen.push(element.id));
    document.body.innerHTML = '<div id="a" data-test-behaviour><span id="b" data-test-behaviour></span></div>';

    attachWithin(document.body);
    attachWithin(document.body);
    expect(seen).toEqual(['a', 'b']);

    const swapped = document.createElement('p');
    swapped.id = 'c';
    swapped.setAttribute('data-test-behaviour', '');
    document.body.appendChild(swapped);
    attachWithin(swapped);
    expect(seen).toEqual(['a', 'b', 'c']);
  });

  it('runs an everyLoad behaviour again each time content around the element arrives (a morph)', () => {
    const seen = [];
    behaviour('[data-test-every-load]', (element) => seen.push(element.id), { everyLoad: true });
    document.body.innerHTML = '<section id="s"><i id="y" data-test-every-load></i></section>';

    attachWithin(document.body);
    attachWithin(document.getElementById('s'));
    expect(seen).toEqual(['y', 'y']);
  });

  it('attaches afresh to an element restored from markup even if it carries the same attributes', () => {
    const seen = [];
    behaviour('[data-restored]', (element) => seen.push(element.id));
    document.body.innerHTML = '<i id="x" data-restored></i>';
    attachWithin(document.body);
    document.body.innerHTML = document.body.innerHTML;
    attachWithin(document.body);
    expect(seen).toEqual(['x', 'x']);
  });
});
