import { defineConfig } from 'vitest/config';

/** Tests that build nothing and start no browser, server or child process: seconds, files in parallel. */
export const unit = [
  'tests/unit/**/*.test.ts',
  'tests/search/{merge,precision,query-plan}.test.ts',
  'tests/posters/text.test.ts',
  'tests/safety/{error-messages-unit,media-refs,privacy-evasion}.test.ts',
  'tests/content/demo-content.test.ts',
];

/** Tests that drive Chromium (they build or share the demo build first). */
export const browser = [
  'tests/e2e/**/*.test.ts',
  'tests/**/*.e2e.test.ts',
  'tests/safety/{accessibility,headers,uploads-browser}.test.ts',
  'tests/offline/service-worker.test.ts',
  'tests/build/{local-preview,preview-cms}.test.ts',
];

const all = 'tests/**/*.test.ts';
const timeouts = { testTimeout: 120_000, hookTimeout: 300_000 };

export default defineConfig({
  test: {
    // Run once per run for every project (vitest runs the root's global setup and gives its context to each
    // project): the folder of the shared demo build, so the build and browser projects share one demo build.
    globalSetup: ['tests/global-setup.ts'],
    projects: [
      { extends: false, test: { name: 'unit', include: unit, ...timeouts, sequence: { groupOrder: 0 } } },
      // Everything else that is not a browser test: fixture builds, dev servers, the CLI, the benchmark. A new test
      // file lands here by default, where it runs alone.
      {
        extends: false,
        // Site builds and the browser are heavy on two cores: run test files one at a time.
        test: {
          name: 'build',
          include: [all],
          exclude: [...unit, ...browser],
          fileParallelism: false,
          ...timeouts,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: false,
        test: { name: 'browser', include: browser, fileParallelism: false, ...timeouts, sequence: { groupOrder: 2 } },
      },
    ],
  },
});
