// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { RetentionField } from '../../components/options/retention-field';
import { retentionSetting } from '../../components/settings';

/** The options page's retention box: shows the stored months, stores only valid ones. */
Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });

async function render() {
  const host = document.createElement('div');
  document.body.replaceChildren(host);
  await act(async () => createRoot(host).render(<RetentionField />));
  return { host, input: host.querySelector('input')! };
}

/** Types into a React-controlled input the way a browser does. */
async function type(input: HTMLInputElement, text: string) {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  await act(async () => {
    setter.call(input, text);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

beforeEach(() => fakeBrowser.reset());

describe('the retention field', () => {
  it('shows the default of 24 months when nothing is stored', async () => {
    const { host, input } = await render();
    expect(input.value).toBe('24');
    expect(host.querySelector('label')?.textContent).toMatch(/months/);
    expect(input.getAttribute('aria-invalid')).toBeNull();
  });

  it('stores a valid number at once', async () => {
    const { input } = await render();
    await type(input, '6');
    expect(await retentionSetting.getValue()).toBe(6);
  });

  it('explains and stores nothing outside 1–120 or not whole', async () => {
    await retentionSetting.setValue(12);
    const { host, input } = await render();
    for (const bad of ['0', '121', '2.5', '']) {
      await type(input, bad);
      expect(input.getAttribute('aria-invalid'), bad).toBe('true');
      expect(host.querySelector('.error')?.textContent).toBe(
        'Enter a whole number of months from 1 to 120.',
      );
    }
    expect(await retentionSetting.getValue()).toBe(12);
  });
});
