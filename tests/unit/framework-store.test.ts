import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BANT } from '../../lib/qualify/frameworks';
import { starterCustomFramework } from '../../components/options/draft-ops';

const { fakeBrowser } = await vi.hoisted(async () => {
  const mod = await import('wxt/testing/fake-browser');
  Object.assign(globalThis, { chrome: mod.fakeBrowser });
  return mod;
});
const store = await import('../../components/framework-store');

beforeEach(() => fakeBrowser.reset());

describe('the custom framework setting', () => {
  it('reads nothing stored as absent, not invalid', async () => {
    expect(await store.loadCustomFramework()).toEqual({ framework: null, invalid: false });
  });

  it('stores a valid framework and reads it back', async () => {
    const own = starterCustomFramework(store.CUSTOM_FRAMEWORK_ID);
    const result = await store.saveCustomFramework(own);
    expect(result.ok).toBe(true);
    const read = await store.loadCustomFramework();
    expect(read.invalid).toBe(false);
    expect(read.framework).toEqual(own);
    expect(read.framework?.questions).toEqual(BANT.questions);
  });

  it('refuses an invalid framework with paths and keeps what was stored', async () => {
    const own = starterCustomFramework(store.CUSTOM_FRAMEWORK_ID);
    await store.saveCustomFramework(own);
    const broken = structuredClone(own);
    broken.questions[0]!.text.en = '';
    const result = await store.saveCustomFramework(broken);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.path)).toEqual(['questions.0.text.en']);
    expect((await store.loadCustomFramework()).framework).toEqual(own);
  });

  it('refuses a built-in id, so stored answers keep their meaning', async () => {
    const result = await store.saveCustomFramework({ ...starterCustomFramework('bant') });
    expect(result.ok).toBe(false);
    expect(await store.loadCustomFramework()).toEqual({ framework: null, invalid: false });
  });

  it('flags a stored value that no longer parses and ignores it', async () => {
    await store.customFrameworkItem.setValue({ id: 'custom', questions: 'many' });
    expect(await store.loadCustomFramework()).toEqual({ framework: null, invalid: true });
    expect(store.readCustomFramework(undefined)).toEqual({ framework: null, invalid: false });
  });
});
