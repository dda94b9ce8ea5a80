import type { Pathway } from '@polku/core';
import type { Diagnostic } from '@polku/core/compiler';

/**
 * The ES module a `.bpmn` import becomes: the pathway as its default export and the model's
 * warnings as `diagnostics`. The pathway goes through `JSON.parse`, which engines parse faster
 * than an object literal of the same size; `#__PURE__` lets a bundle drop it when unused.
 */
export function pathwayModule(pathway: Pathway, warnings: readonly Diagnostic[]): string {
  return [
    `export default /*#__PURE__*/ JSON.parse(${JSON.stringify(JSON.stringify(pathway))});`,
    `export const diagnostics = ${JSON.stringify(warnings)};`,
    '',
  ].join('\n');
}
