import {fileURLToPath} from 'node:url';
import react from '@vitejs/plugin-react';
import {defineConfig} from 'vite';
import {brotliAssets} from './brotli-assets';

const frontendRoot = fileURLToPath(new URL('.', import.meta.url));

/**
 * Builds the embedded admin into `web/frontend/dist`, which the server serves. The server fills in
 * `%SHOPIFY_API_KEY%` in index.html at request time, so one build serves every environment.
 */
export default defineConfig({
  root: frontendRoot,
  plugins: [react(), brotliAssets()],
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    // Maps are written for reading a stack trace, never linked from the scripts; the server refuses them.
    sourcemap: 'hidden',
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // React and the router change less often than Heed: their chunk stays in browsers' caches.
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom|@remix-run)[\\/]/,
            },
          ],
        },
      },
    },
  },
});
