/**
 * The embed bundle: `dist/polku.js`, the one script a plain page includes, and the chunks it
 * imports on demand (`dist/chunks/`). Built in Vite's application mode, not library mode, so
 * the output is minified (library mode keeps whitespace), with relative chunk addresses
 * (`base: './'`), so the folder can be served from any path.
 *
 * `pnpm --filter @polku/elements build` (or `vite build --config packages/elements/vite.config.ts`).
 */
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  // A library build has no public folder of its own; `publicDir: false` keeps the repo's out of it.
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // Every browser an intranet runs today supports modulepreload; the polyfill would be dead weight.
    modulePreload: { polyfill: false },
    // bpmn-js is large on purpose (it is its own chunk, downloaded only to draw a diagram).
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      input: { polku: 'src/embed.ts' },
      // An application build may drop an entry's exports; the page imports `load` from this one.
      preserveEntrySignatures: 'exports-only',
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        assetFileNames: 'chunks/[name]-[hash][extname]',
      },
    },
  },
});
