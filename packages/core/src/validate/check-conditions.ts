import type { PathwayDraft } from '../ir/build-pathway.js';
import type { Diagnostic } from './diagnostic.js';

/**
 * Parses every FEEL condition at compile time, so a typo is a located `invalid-condition`
 * error for the modeller instead of a flow that silently never fires for the worker.
 */
export async function checkConditions(draft: PathwayDraft, file: string | undefined, positionOf: (id: string) => { line?: number; column?: number }): Promise<Diagnostic[]> {
  const diagnostics: Diagnostic[] = [];
  const conditional = [
    ...Object.values(draft.flows)
      .filter((flow) => flow.condition !== undefined)
      .map((flow) => ({ id: flow.id, condition: flow.condition, type: 'bpmn:SequenceFlow' })),
    ...Object.values(draft.nodes).flatMap((node) =>
      [node.trigger?.condition, node.loop?.kind === 'standard' ? node.loop.condition : node.loop?.completion]
        .filter((condition): condition is string => condition !== undefined)
        .map((condition) => ({ id: node.id, condition, type: `bpmn:${node.type[0]!.toUpperCase()}${node.type.slice(1)}` })),
    ),
  ];
  if (conditional.length === 0) return diagnostics;
  // Loaded only for models with conditions: feelin and its date library are large.
  const { parseExpression } = await import('feelin');
  for (const flow of conditional) {
    const tree = parseExpression(flow.condition!, {}, undefined);
    let broken = false;
    tree.iterate({
      enter: (node) => {
        if (node.type.isError) broken = true;
      },
    });
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
