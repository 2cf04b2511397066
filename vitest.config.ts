import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'stacks/**/*.test.ts', 'bench/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // The browser tests drive the built console: build it (only when stale) before any test runs.
    globalSetup: ['packages/console/src/testing/buildConsoleBeforeTests.ts'],
    // Tests read results, not EMF metric lines or the SDK's notice about Node 20 (Lambda runs 22).
    env: { POWERTOOLS_METRICS_DISABLED: 'true', POWERTOOLS_LOG_LEVEL: 'SILENT', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
  },
});
