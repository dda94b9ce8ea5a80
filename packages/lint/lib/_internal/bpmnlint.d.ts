// bpmnlint 11 is CommonJS without a `types` entry; these declare the parts Polku uses.
declare module 'bpmnlint' {
  export interface Resolver {
    resolveRule(pkg: string, ruleName: string): unknown;
    resolveConfig(pkg: string, configName: string): unknown;
  }
  export interface Config {
    extends?: string | string[];
    rules?: Record<string, unknown>;
  }
  export interface Report {
    id?: string;
    message: string;
    category: 'error' | 'warn' | 'info' | 'rule-error';
    path?: string[];
  }
  export class Linter {
    constructor(options: { config?: Config; resolver: Resolver });
    lint(root: unknown, config?: Config): Promise<Record<string, Report[]>>;
  }
}

declare module 'bpmnlint/lib/resolver/node-resolver.js' {
  import type { Resolver } from 'bpmnlint';
  export default class NodeResolver implements Resolver {
    constructor(options?: { require?: NodeJS.Require; requireLocal?: NodeJS.Require });
    require: NodeJS.Require;
    resolveRule(pkg: string, ruleName: string): unknown;
    resolveConfig(pkg: string, configName: string): unknown;
    normalizePkg(pkg: string): string;
  }
}

declare module 'bpmnlint/lib/support/compile-config.js' {
  import type { Config, Resolver } from 'bpmnlint';
  export default function compileConfig(config: Config, resolver?: Resolver): Promise<string>;
}

declare module 'bpmn-moddle' {
  export class BpmnModdle {
    constructor(extensions?: Record<string, unknown>);
    fromXML(
      xml: string,
      typeName?: string,
    ): Promise<{
      rootElement: import('./moddle.js').ModdleElement;
      warnings: { message: string; element?: import('./moddle.js').ModdleElement }[];
      elementsById: Record<string, import('./moddle.js').ModdleElement>;
    }>;
  }
}
