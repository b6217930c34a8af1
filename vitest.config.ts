import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  // wxt/browser becomes WXT's in-memory fakeBrowser, so entrypoints can be unit-tested.
  plugins: [WxtVitest()],
  test: {
    include: [
      'lib/**/*.test.ts',
      'tests/unit/**/*.test.ts',
      'tests/unit/**/*.test.tsx',
      'components/**/*.test.tsx',
    ],
    environment: 'node',
    testTimeout: 60_000,
  },
});
