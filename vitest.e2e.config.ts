import { defineConfig } from 'vitest/config';

// End-to-end tests: real Chromium (playwright-core, /usr/bin/chromium) against `redline serve`, run after
// `npm run build`. One file at a time: each starts a browser.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
