import { defineConfig } from 'vitest/config';

/*
 * Three suites in one config: `unit` (pure modules in src/lib, island components in happy-dom),
 * `build` (checks over the built site in dist/ and over what broken content makes the build say) and
 * `e2e` (real Chromium against the built site, served by a global setup on free ports).
 */
export default defineConfig({
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  test: {
    root: new URL('..', import.meta.url).pathname,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/support/e2eSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // A poll waits for the page to reach a state, it does not measure speed: on a busy two-core machine an
          // island loading from the offline cache can take more than Vitest's default second to show it.
          expect: { poll: { timeout: 5_000 } },
          // Each file launches one Chromium; two at a time match the two cores CI has.
          maxWorkers: 2,
          fileParallelism: true,
        },
      },
    ],
  },
});
