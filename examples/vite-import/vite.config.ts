import { polku } from '@polku/vite-plugin';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [polku()],
  build: {
    // Every browser an intranet runs today supports modulepreload; the polyfill would be dead weight.
    modulePreload: { polyfill: false },
  },
});
