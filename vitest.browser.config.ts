import { defineConfig } from 'vitest/config';

/** Tests that drive Debian's Chromium: `npm run test:browser`, after `apt-get install chromium`. */
export default defineConfig({
  test: {
    include: ['src/**/*.browser.test.ts'],
    maxWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
