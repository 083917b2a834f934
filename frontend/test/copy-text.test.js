import { describe, expect, it } from 'vitest';
import { attachCopyButton, copyText } from '../src/copy-text.js';

describe('copy buttons', () => {
  it('copy the text of the element they name', async () => {
    document.body.innerHTML = '<pre><code id="json">{"name": "a"}</code></pre>';
    const written = [];

    const copied = await copyText(document.getElementById('json'), { writeText: async (text) => written.push(text) });

    expect(copied).toBe(true);
    expect(written).toEqual(['{"name": "a"}']);
  });

  it('report a refusal by the clipboard', async () => {
    document.body.innerHTML = '<code id="json">x</code>';

    const copied = await copyText(document.getElementById('json'), {
      writeText: async () => {
        throw new Error('denied');
      },
    });

    expect(copied).toBe(false);
  });

  it('appear once scripted and confirm the copy', async () => {
    document.body.innerHTML = '<code id="json">x</code><button data-copy-from="#json" hidden>Copy</button>';
    const button = document.querySelector('button');
    const written = [];

    attachCopyButton(button, { writeText: async (text) => written.push(text) });
    button.click();
    await new Promise((resolve) => setTimeout(resolve, 0));

    expect(button.hidden).toBe(false);
    expect(written).toEqual(['x']);
    expect(button.textContent).toBe('Copied');
  });
});
