import type { PathwayDraft } from '../ir/build-pathway.js';
import type { Diagnostic } from './diagnostic.js';

/**
 * Parses every FEEL condition at compile time, so a typo is a located `invalid-condition`
 * error for the modeller instead of a flow that silently never fires for the worker.
 */
export async function checkConditions(draft: PathwayDraft, file: string | undefined, positionOf: (id: string) => { line?: number; column?: number }): Promise<Diagnostic[]> {
  const diagnostics: Diagnostic[] = [];
  const conditional: { id: string; condition: string; type: string }[] = [];
  for (const flow of Object.values(draft.flows)) {
    if (flow.condition !== undefined) conditional.push({ id: flow.id, condition: flow.condition, type: 'bpmn:SequenceFlow' });
  }
  for (const node of Object.values(draft.nodes)) {
    if (!node.trigger && !node.loop) continue;
    for (const condition of [node.trigger?.condition, node.loop?.kind === 'standard' ? node.loop.condition : node.loop?.completion]) {
      if (condition !== undefined) conditional.push({ id: node.id, condition, type: `bpmn:${node.type[0]!.toUpperCase()}${node.type.slice(1)}` });
    }
  }
  if (conditional.length === 0) return diagnostics;
  // Loaded only for models with conditions: feelin and its date library are large.
  const { parseExpression } = await import('feelin');
  const known = new Set<string>([
    ...Object.values(draft.nodes).flatMap((node) => node.fields.map((field) => field.key)),
    ...Object.values(draft.nodes).filter((node) => node.role === 'decision').map((node) => node.id),
    'loopCounter',
    'nrOfInstances',
    'nrOfCompletedInstances',
  ]);
  for (const flow of conditional) {
    const tree = parseExpression(flow.condition!, {}, undefined);
    let broken = false;
    tree.iterate({
      enter: (node) => {
        if (node.type.isError) broken = true;
      },
    });
    const unknown = broken ? [] : unknownVariables(tree, flow.condition!, known);
    if (unknown.length > 0) {
      diagnostics.push({
        severity: 'warning',
        code: 'unknown-variable',
        message: `The condition of "${flow.id}" reads ${unknown.map((name) => `"${name}"`).join(', ')}, which no step records (no polku:field has that key and no decision that id), so it is always unknown and this condition never holds. Add the field to the step that should record it.`,
        file,
        ...positionOf(flow.id),
        elementId: flow.id,
        elementType: flow.type,
      });
    }
    if (broken) {
      diagnostics.push({
        severity: 'error',
        code: 'invalid-condition',
        message: `The condition of "${flow.id}" is not valid FEEL: ${flow.condition}. Fix the expression (e.g. = age >= 7 and placement = "emergency").`,
        file,
        ...positionOf(flow.id),
        elementId: flow.id,
        elementType: flow.type,
      });
    }
  }
  return diagnostics;
}

// The variable names a FEEL expression reads (lezer-feel's VariableName nodes), minus the known.
function unknownVariables(tree: { iterate: (spec: { enter: (node: { type: { name: string }; from: number; to: number }) => void }) => void }, text: string, known: Set<string>): string[] {
  const names = new Set<string>();
  tree.iterate({
    enter: (node) => {
      // A name followed by "(" is a function (not, today, day of week …), not a variable.
      if (node.type.name === 'VariableName' && !/^\s*\(/.test(text.slice(node.to))) names.add(text.slice(node.from, node.to).trim());
    },
  });
  return [...names].filter((name) => !known.has(name.split('.')[0]!));
}
