import { afterEach, describe, expect, it, vi } from 'vitest';
import { initCopyButton } from '../src/copy-button.js';

function page() {
  document.body.innerHTML = `<code id="job-arn"> arn:aws:macie2:eu-west-1:1:classification-job/abc </code>
    <button type="button" data-copy-from="job-arn" hidden>Copy job ARN</button>`;
  return document.querySelector('button');
}

describe('copy buttons', () => {
  afterEach(() => {
    vi.useRealTimers();
    document.body.innerHTML = '';
  });

  it('stay hidden without a clipboard, leaving the text to select', () => {
    const button = page();
    initCopyButton(button, { clipboard: undefined });
    expect(button.hidden).toBe(true);
  });

  it('copy the trimmed text, say so to screen readers, and come back', async () => {
    vi.useFakeTimers();
    const clipboard = { writeText: vi.fn().mockResolvedValue(undefined) };
    const button = page();
    initCopyButton(button, { clipboard });
    expect(button.hidden).toBe(false);

    button.click();
    await vi.waitFor(() => expect(button.textContent).toBe('Copied'));
    expect(clipboard.writeText).toHaveBeenCalledWith('arn:aws:macie2:eu-west-1:1:classification-job/abc');
    expect(document.querySelector('[role=status]').textContent).toBe('job ARN copied');

    vi.advanceTimersByTime(2000);
    expect(button.textContent).toBe('Copy job ARN');
  });

  it('say when the browser refuses', async () => {
    const clipboard = { writeText: vi.fn().mockRejectedValue(new Error('denied')) };
    const button = page();
    initCopyButton(button, { clipboard });
    button.click();
    await vi.waitFor(() => expect(button.textContent).toBe('Could not copy: select the text'));
  });
});
