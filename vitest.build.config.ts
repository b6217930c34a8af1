import { defineConfig } from 'vitest/config';

/** Tests of what `npm run build` produced (npm run test:build); kept out of test:unit. */
export default defineConfig({
  test: { include: ['tests/build/**/*.test.ts'], environment: 'node' },
});
