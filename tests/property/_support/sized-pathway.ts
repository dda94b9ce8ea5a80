import { toBpmn, type Block, type StructuredModel } from './structured-model.js';

const userTask = (): Block => ({ kind: 'task', type: 'userTask' });
const tasks = (count: number): Block[] => Array.from({ length: count }, userTask);

// One stretch of a realistic pathway, 18 flow nodes: steps, a three-answer decision, a
// parallel block of two two-step branches, and a system task.
const STRETCH_NODES = 18;
const stretch = (): Block[] => [
  ...tasks(4),
  { kind: 'decision', branches: tasks(3) },
  ...tasks(2),
  { kind: 'parallel', branches: [{ kind: 'sequence', items: tasks(2) }, { kind: 'sequence', items: tasks(2) }] },
  { kind: 'task', type: 'serviceTask' },
];
// Start and end events, and the merge and "again?" decision of the loop around everything.
const FRAME_NODES = 4;

/**
 * A pathway of exactly `flowNodes` flow nodes (at least 4), with BPMN DI and documentation on
 * every user task and decision: repeated stretches of steps, decisions with named answers and
 * parallel blocks, all inside one loop, padded with user tasks to the size asked for.
 */
export function generatePathway(flowNodes: number): StructuredModel {
  const items: Block[] = [];
  let count = FRAME_NODES;
  while (count + STRETCH_NODES <= flowNodes) {
    items.push(...stretch());
    count += STRETCH_NODES;
  }
  items.push(...tasks(flowNodes - count));
  const model = toBpmn({ kind: 'loop', body: { kind: 'sequence', items } });
  if (model.flowNodes !== flowNodes) throw new Error(`generated ${model.flowNodes} flow nodes, not ${flowNodes}`);
  return model;
}

/** Start event, `length` user tasks in a row, end event; with DI and documentation. */
export function generateChain(length: number): StructuredModel {
  return toBpmn({ kind: 'sequence', items: tasks(length) });
}
