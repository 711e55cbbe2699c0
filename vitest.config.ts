import {defineConfig} from 'vitest/config';

export default defineConfig({
  test: {
    // CI lists every test by name, so its log shows, e.g., the storage battery ran on both engines.
    reporters: process.env.CI ? ['verbose'] : ['default'],
    // Shopify's ui-extensions-tester imports the extension module itself; inlined, Vite transforms its TSX.
    server: {deps: {inline: ['@shopify/ui-extensions-tester']}},
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx', 'web/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    setupFiles: ['test/support/block-network.ts', 'test/support/jsdom-setup.ts'],
    // The address Shopify CLI compiles into the checkout extension (see its backend.ts).
    env: {APP_URL: 'https://heed.test'},
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // SQLite files and one PostgreSQL server are shared by the test files.
    fileParallelism: true,
    // Two files at a time, whatever the core count: Vitest's default (cores − 1) runs one on a
    // 2-core machine, and most files spend their time waiting on sockets, databases and browsers.
    maxWorkers: 2,
    pool: 'forks',
  },
});
