/** A stylesheet imported as text (Vite `?inline`): nothing is injected into the page. */
declare module '*.css?inline' {
  const css: string;
  export default css;
}
