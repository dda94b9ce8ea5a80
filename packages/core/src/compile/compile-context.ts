import type { PathwayDraft } from '../ir/build-pathway.js';
import type { ActionRef, PathwayNode, StateConfig, TransitionConfig } from '../ir/types.js';
import { regionDoneKey, toStateKey } from '../_internal/state-id.js';
import type { ParallelBlock, Scope, SideStarter } from './analyse-structure.js';

/** What every construct's compile step needs: the draft, the blocks and how to target a flow. */
export interface CompileContext {
  draft: PathwayDraft;
  blocks: Map<string, ParallelBlock>;
  subprocesses: Map<string, Scope>;
  /** Side starters (non-interrupting boundary events, event sub-processes) by process level. */
  sides: Map<string, SideStarter[]>;
  /** Nodes on the paths of non-interrupting boundary events. */
  sideNodes: Set<string>;
  /** Boundary events by the activity they are attached to (built once: hosts are many). */
  boundariesOf: Map<string, PathwayNode[]>;
  /** Nodes by process level (see levelOf), for per-level questions. */
  nodesAt: Map<string, PathwayNode[]>;
  /** The transition that follows `flowId` out of a node in `scope`. */
  follow(flowId: string, scope: Scope): TransitionConfig;
  /** The states of one scope, keyed by escaped element id. */
  compileScope(scope: Scope): Record<string, StateConfig>;
}

/** The part every element state shares: its id, the trace entry and the element id in meta. */
export function elementState(node: PathwayNode): StateConfig {
  return {
    id: toStateKey(node.id),
    entry: [{ type: 'polku.enter', params: { elementId: node.id } }],
    meta: { elementId: node.id },
  };
}

/** `#id` target of a flow: the next element's state, or the region's end when it reaches the join. */
export function targetOf(draft: PathwayDraft, flowId: string, scope: Scope): string {
  const target = draft.flows[flowId]!.target;
  if (scope.join !== undefined && target === scope.join) return `#${regionDoneKey(scope.id)}`;
  return `#${toStateKey(target)}`;
}

/**
 * Key and id of the root state a gateway's "no flow can be taken" leads to. The runtime never
 * keeps a snapshot in it: `nextStep` throws `no-flow-taken` naming the gateway instead.
 */
export const NO_PATH_STATE = 'polku:no-path';

/** The action that records an activity as completed (not when a boundary event interrupts it). */
export function completedAction(node: PathwayNode): ActionRef {
  return { type: 'polku.completed', params: { elementId: node.id } };
}

const ACTIVITY_TYPES = new Set(['task', 'userTask', 'manualTask', 'serviceTask', 'scriptTask', 'businessRuleTask', 'sendTask', 'receiveTask', 'subProcess', 'callActivity']);

/** True for tasks, sub-processes and call activities. */
export function isActivity(node: PathwayNode): boolean {
  return ACTIVITY_TYPES.has(node.type);
}
