// bpmn-moddle 10 has only a named ESM export; @types/bpmn-moddle declares a default export that
// fails at runtime (see ../shared/TOOLCHAIN.md), so the class is declared here.
declare module 'bpmn-moddle' {
  export class BpmnModdle {
    constructor(extensions?: Record<string, unknown>);
    fromXML(
      xml: string,
      typeName?: string,
    ): Promise<{
      rootElement: import('./moddle.js').ModdleElement;
      warnings: import('./moddle.js').ModdleWarning[];
      elementsById: Record<string, import('./moddle.js').ModdleElement>;
    }>;
    toXML(element: unknown, options?: { format?: boolean; preamble?: boolean }): Promise<{ xml: string }>;
    create(type: string, attrs?: Record<string, unknown>): import('./moddle.js').ModdleElement;
  }
}
