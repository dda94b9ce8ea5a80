declare module 'bpmn-moddle' {
  export class BpmnModdle {
    constructor(extensions?: Record<string, unknown>);
    fromXML(xml: string, typeName?: string): Promise<{ rootElement: unknown; warnings: unknown[] }>;
  }
}

declare module 'bpmnlint' {
  export class Linter {
    constructor(options: { config?: unknown; resolver: unknown });
    lint(root: unknown): Promise<Record<string, { id?: string; message: string; category: string }[]>>;
  }
}

declare module 'bpmnlint-plugin-polku/lint-model' {
  export function lintModel(xml: string, options?: { file?: string }): Promise<{ severity: string; code: string; elementId?: string }[]>;
}
