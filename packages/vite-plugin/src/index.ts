/**
 * `@polku/vite-plugin`: import `.bpmn` models as pathways compiled at build time. Add
 * `/// <reference types="@polku/vite-plugin/client" />` for the types of `*.bpmn` imports.
 *
 * @example
 * import { polku } from '@polku/vite-plugin';
 * export default defineConfig({ plugins: [polku()] });
 */
export { polku } from './polku.js';
