/**
 * XState reads `.` in a target as a path separator, so element ids are escaped in this one
 * place; state keys, ids and traces otherwise use the BPMN ids as they are.
 */
export function toStateKey(elementId: string): string {
  return elementId.replace(/%/g, '%25').replace(/\./g, '%2E');
}

/** The inverse of {@link toStateKey}. */
export function fromStateKey(key: string): string {
  return key.replace(/%2E/g, '.').replace(/%25/g, '%');
}

/** Key and id of the final state that ends the parallel region started by `flowId`. ':' never occurs in an XML id. */
export function regionDoneKey(flowId: string): string {
  return `${toStateKey(flowId)}:done`;
}

/** True for keys that are not BPMN elements (region ends). */
export function isSyntheticKey(key: string): boolean {
  return key.includes(':');
}

/**
 * Key of the parallel region started by `flowId`. The `region:` prefix tells a fork's regions
 * apart from a sub-process's inner state when reading a state value.
 */
export function regionKey(flowId: string): string {
  return `${REGION_PREFIX}${toStateKey(flowId)}`;
}

export const REGION_PREFIX = 'region:';
