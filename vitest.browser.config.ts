import { defineConfig } from 'vitest/config';

/**
 * Tests that drive Debian's Chromium: `npm run test:browser`, after `apt-get install chromium`. The web app is
 * built first when its build is missing or older than its sources.
 */
export default defineConfig({
  test: {
    include: ['src/**/*.browser.test.ts', 'test/**/*.browser.test.ts'],
    globalSetup: ['test/web/build-web-app.ts'],
    maxWorkers: 1,
    // A browser answers in its own time: a poll waits up to 10 s on a loaded two-core machine before it fails.
    expect: { poll: { timeout: 10_000 } },
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
