// The bpmnlint rule contract. bpmnlint declares it in `lib/types.d.ts` but types every element
// as `any`; these name what Polku's rules read, for JSDoc in the plain-JavaScript rules.
import type { ModdleElement } from './moddle.js';

export type { ModdleElement };

export interface Reporter {
  report(id: string | undefined, message: string, context?: string[] | { path?: string[]; [key: string]: unknown }): void;
}

export type EnterFn = (node: ModdleElement, reporter: Reporter) => boolean | void;

export interface RuleDefinition {
  meta?: { documentation?: { url?: string } };
  check: EnterFn | { enter?: EnterFn; leave?: EnterFn };
}

export type RuleFactory = (config?: Record<string, unknown>) => RuleDefinition;
