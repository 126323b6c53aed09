import { fileURLToPath } from 'node:url';
import optimizeLocales from '@react-aria/optimize-locales-plugin';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The recruiter web app. `npm start` builds it into dist/web when its sources changed; the API server serves it. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // React Aria ships its widgets' words in 34 languages; the screens speak Danish and English (see i18n/languages.ts).
  // Rules the screens share with the server (template variables, SMS segments) are imported, not copied. Only pure
  // modules of src/domain, which import nothing of Node, may be used this way.
  resolve: { alias: { '@domain': fileURLToPath(new URL('../src/domain', import.meta.url)) } },
  plugins: [react(), optimizeLocales.vite({ locales: ['da-DK', 'en-GB', 'en-US'] })],
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    // The server's CSP allows no inline script, so nothing may be inlined into index.html.
    assetsInlineLimit: 0,
  },
  // `npm run dev:web`: the app with hot reload on :5173, the API of `npm start` behind it.
  server: { proxy: { '/api': 'http://localhost:3000', '/i/': 'http://localhost:3000' } },
});
