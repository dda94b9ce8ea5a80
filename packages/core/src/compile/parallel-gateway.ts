import type { PathwayNode, StateConfig } from '../ir/types.js';
import { regionDoneKey, regionKey, toStateKey } from '../_internal/state-id.js';
import type { Scope } from './analyse-structure.js';
import { elementState, type CompileContext } from './compile-context.js';
import { compilePassThrough } from './exclusive-gateway.js';

/**
 * A parallel fork and its join become one XState parallel state keyed by the fork's id, with
 * one region per outgoing flow (BPMN 2.0 §13.4.1: the fork puts a token on every outgoing
 * flow). A region ends in a final state when its branch reaches the join; when every region
 * has ended, `onDone` enters the join, which passes on (the join fires once all tokens arrived).
 */
export function compileParallelGateway(node: PathwayNode, scope: Scope, ctx: CompileContext): StateConfig {
  const block = ctx.blocks.get(node.id);
  if (!block) return compilePassThrough(node, scope, ctx);
  const regions: Record<string, StateConfig> = {};
  for (const region of block.regions) {
    const first = ctx.draft.flows[region.id]!.target;
    const doneKey = regionDoneKey(region.id);
    regions[regionKey(region.id)] = {
      initial: first === block.join ? doneKey : toStateKey(first),
      states: { ...ctx.compileScope(region), [doneKey]: { id: doneKey, type: 'final' } },
    };
  }
  return {
    ...elementState(node),
    type: 'parallel',
    states: regions,
    onDone: [{ target: `#${toStateKey(block.join)}` }],
  };
}
