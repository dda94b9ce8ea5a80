import { parseBpmn, type ParsedModel } from '@polku/core/compiler';

type Element = NonNullable<ParsedModel['definitions']>;

/** What the trace reader needs to know about one flow node of a model. */
export interface FlowNode {
  id: string;
  /** The BPMN type, e.g. `bpmn:Task`, `bpmn:BoundaryEvent`. */
  type: string;
  incoming: number;
  outgoing: number;
  /** For a boundary event: its host activity, and whether it interrupts it (`cancelActivity`). */
  attachedTo?: string;
  interrupting?: boolean;
}

/**
 * The flow nodes of a model: events, activities and gateways in every process, pool and
 * (embedded, collapsed, ad-hoc, transaction, event) sub-process. Everything else a trace names —
 * sequence flows, message flows, processes, participants — is not a flow node.
 */
export interface ModelIndex {
  flowNodes: Map<string, FlowNode>;
}

// Flow elements that are not flow nodes: connections and data.
const NOT_FLOW_NODES = new Set(['bpmn:SequenceFlow', 'bpmn:DataObject', 'bpmn:DataObjectReference', 'bpmn:DataStoreReference']);

/** Indexes a model with Polku's own parser (bpmn-moddle), so both sides read the XML the same way. */
export async function indexModel(xml: string): Promise<ModelIndex> {
  const parsed = await parseBpmn(xml);
  if (!parsed.definitions) throw new Error(`The model could not be read: ${parsed.diagnostics.map((diagnostic) => diagnostic.message).join('; ')}`);
  const flowNodes = new Map<string, FlowNode>();
  const flows: Element[] = [];
  const visit = (container: Element) => {
    for (const element of list(container, 'flowElements')) {
      if (element.$type === 'bpmn:SequenceFlow') flows.push(element);
      if (NOT_FLOW_NODES.has(element.$type)) continue;
      const node: FlowNode = { id: element.id!, type: element.$type, incoming: 0, outgoing: 0 };
      const host = element.attachedToRef as Element | undefined;
      if (host) {
        node.attachedTo = host.id!;
        node.interrupting = element.cancelActivity !== false;
      }
      flowNodes.set(node.id, node);
      visit(element);
    }
  };
  for (const root of list(parsed.definitions, 'rootElements')) if (root.$type === 'bpmn:Process') visit(root);
  for (const flow of flows) {
    const source = flowNodes.get((flow.sourceRef as Element | undefined)?.id ?? '');
    const target = flowNodes.get((flow.targetRef as Element | undefined)?.id ?? '');
    if (source) source.outgoing++;
    if (target) target.incoming++;
  }
  return { flowNodes };
}

function list(element: Element, property: string): Element[] {
  const value = element[property];
  return Array.isArray(value) ? (value as Element[]) : [];
}
