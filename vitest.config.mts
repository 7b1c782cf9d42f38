import { defineConfig } from 'vitest/config';
import os from 'node:os';
import path from 'node:path';

export default defineConfig({
  oxc: { jsx: { runtime: 'automatic' } },
  resolve: {
    alias: {
      '@site': path.resolve(import.meta.dirname),
      // Only a Docusaurus build has the theme's original components; tests get a stand-in.
      '@theme-original/SearchBar': path.resolve(
        import.meta.dirname,
        'tests/components/stubs/OriginalSearchBar.tsx',
      ),
    },
  },
  test: {
    globals: true,
    environment: 'node',
    include: [
      'tests/unit/**/*.test.{ts,tsx}',
      'tests/components/**/*.test.{ts,tsx}',
      'tests/content/**/*.test.{ts,tsx}',
      'src/**/*.test.{ts,tsx}',
    ],
    setupFiles: ['tests/setup.ts'],
    // Vitest's default leaves one core free, which on the two-core CI machine meant one worker
    // for 69 files (170 s); every core cuts that to 110-125 s.
    maxWorkers: os.availableParallelism(),
    css: { modules: { classNameStrategy: 'non-scoped' } },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
