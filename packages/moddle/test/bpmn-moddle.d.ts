declare module 'bpmn-moddle' {
  // Tests poke at moddle trees freely; the core package keeps the typed view.
  type TestElement = { extensionElements: { values: Array<Record<string, unknown> & { translations: Array<Record<string, unknown>> }> } };
  export class BpmnModdle {
    constructor(extensions?: Record<string, unknown>);
    fromXML(xml: string): Promise<{ rootElement: unknown; warnings: unknown[]; elementsById: Record<string, TestElement> }>;
    toXML(element: unknown, options?: { format?: boolean }): Promise<{ xml: string }>;
  }
}
