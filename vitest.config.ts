import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['tests/unit/setup/i18n.ts'],
    testTimeout: 30_000,
    env: { TZ: 'UTC' },
    // In CI, also a JSON report: .ci/run prints one closing 'N passed, N failed' line from it.
    reporters: process.env.CI
      ? ['default', ['json', { outputFile: 'test-results/unit.json' }]]
      : ['default'],
  },
});
