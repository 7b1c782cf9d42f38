import { defineConfig } from 'vitest/config';

/**
 * Tests that read the production build (search index quality, generated files, budgets).
 * `npm test` runs them after `docusaurus build`; BUILD_DIR points at the build (default: build/).
 */
export default defineConfig({
  test: {
    globals: true,
    environment: 'node',
    include: ['tests/postbuild/**/*.test.ts'],
    testTimeout: 120_000,
  },
});
