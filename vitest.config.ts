import {defineConfig} from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx', 'web/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    setupFiles: ['test/support/block-network.ts', 'test/support/jsdom-setup.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // SQLite files and one PostgreSQL server are shared by the test files.
    fileParallelism: true,
    pool: 'forks',
  },
});
