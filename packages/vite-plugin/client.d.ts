// Types for `import pathway from './x.bpmn'` under @polku/vite-plugin. Reference them once:
//   /// <reference types="@polku/vite-plugin/client" />
// or list "@polku/vite-plugin/client" in `compilerOptions.types`.

declare module '*.bpmn' {
  /** The pathway compiled from this model at build time: plain JSON for `createWalkthrough` or `<polku-guide>`. */
  const pathway: import('@polku/core').Pathway;
  export default pathway;
  /** The model's warnings (an error fails the build instead), with `file` relative to the Vite root. */
  export const diagnostics: readonly import('@polku/core/compiler').Diagnostic[];
}
