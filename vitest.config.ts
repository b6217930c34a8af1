import { defineConfig } from 'vitest/config';

export default defineConfig({
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
