import { defineConfig } from '@playwright/test';

/**
 * The real Electron app through Playwright's _electron. Run it with `npm run test:electron`, which
 * builds first and skips cleanly where no Electron binary exists.
 */
export default defineConfig({
  testDir: 'test/electron',
  testMatch: '**/*.spec.ts',
  // Each test launches its own app on its own user data folder; one at a time keeps them from
  // competing for the display and the single-instance lock.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: { trace: 'off' },
});
