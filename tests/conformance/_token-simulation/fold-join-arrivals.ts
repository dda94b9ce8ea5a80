import type { ModelIndex } from './index-model.js';

/**
 * The simulator's entered list with the token arrivals at each parallel join folded into the
 * join's activations. The simulator writes one `enter` per token that reaches a join; Polku's
 * trace has one entry when the join fires (BPMN 2.0.2 §13.4.1: the gateway is activated once
 * there is a token on every incoming flow). The arrival that completes a set stands for the
 * activation, at its place in the order; arrivals that never complete a set (a stuck join) drop out.
 */
export function foldJoinArrivals(entered: readonly string[], model: ModelIndex): string[] {
  const arrived = new Map<string, number>();
  return entered.filter((id) => {
    const node = model.flowNodes.get(id);
    if (node?.type !== 'bpmn:ParallelGateway' || node.incoming < 2) return true;
    const count = (arrived.get(id) ?? 0) + 1;
    arrived.set(id, count % node.incoming);
    return count === node.incoming;
  });
}

/** A list sorted, for comparing multisets with `toEqual`. */
export function asMultiset(list: readonly string[]): string[] {
  return list.toSorted();
}

/** `list` without one occurrence of each element of `removed`. */
export function withoutOnce(list: readonly string[], removed: readonly string[]): string[] {
  const result = [...list];
  for (const id of removed) {
    const at = result.indexOf(id);
    if (at >= 0) result.splice(at, 1);
  }
  return result;
}
