import {fileURLToPath} from 'node:url';
import react from '@vitejs/plugin-react';
import {defineConfig} from 'vite';

const frontendRoot = fileURLToPath(new URL('.', import.meta.url));

/**
 * Builds the embedded admin into `web/frontend/dist`, which the server serves. The server fills in
 * `%SHOPIFY_API_KEY%` in index.html at request time, so one build serves every environment.
 */
export default defineConfig({
  root: frontendRoot,
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    // Maps are written for reading a stack trace, never linked from the scripts; the server refuses them.
    sourcemap: 'hidden',
  },
});
