import { createRequire } from 'node:module';
import { completeFlowReferences, createZeebeModdle, type Element } from './moddle.js';

/** The bpmnlint config Camunda Modeler applies to a diagram for Camunda 8.8. */
export const CAMUNDA_CONFIG = 'plugin:camunda-compat/camunda-cloud-8-8';

/** One finding of the Camunda 8.8 rules. */
export interface CamundaFinding {
  severity: 'error' | 'warning';
  /** The rule, e.g. `camunda-compat/user-task-form`. */
  rule: string;
  message: string;
  elementId?: string;
  elementType?: string;
}

interface LintReport {
  id?: string;
  message: string;
  category: string;
}
interface Resolver {
  resolveRule(pkg: string, name: string): unknown;
  resolveConfig(pkg: string, name: string): unknown;
}
type LinterClass = new (options: { config: { extends: string }; resolver: Resolver }) => { lint(root: Element): Promise<Record<string, LintReport[]>> };
type ResolverClass = new (options: { require: NodeJS.Require }) => Resolver;

// bpmnlint and the Camunda plugin are CommonJS resolved by name at lint time; a require
// scoped to this package finds the versions @polku/cli depends on.
const require = createRequire(import.meta.url);

/**
 * Lints BPMN XML with bpmnlint-plugin-camunda-compat's `camunda-cloud-8-8` config, reading it
 * with the Zeebe, Polku and i18n descriptors as Camunda Modeler would. A new `Linter` per call:
 * a reused one reports every sequence flow as a duplicate.
 *
 * @example
 * const errors = (await lintCamunda8(exported)).filter((finding) => finding.severity === 'error');
 */
export async function lintCamunda8(xml: string): Promise<CamundaFinding[]> {
  const { Linter } = require('bpmnlint') as { Linter: LinterClass };
  const NodeResolver = require('bpmnlint/lib/resolver/node-resolver.js') as ResolverClass;
  const { rootElement, elementsById } = await createZeebeModdle().fromXML(xml);
  completeFlowReferences(Object.values(elementsById));
  const linter = new Linter({ config: { extends: CAMUNDA_CONFIG }, resolver: new NodeResolver({ require }) });
  const results = await linter.lint(rootElement);
  const findings: CamundaFinding[] = [];
  for (const [rule, reports] of Object.entries(results)) {
    for (const report of reports) {
      const element = report.id ? elementsById[report.id] : undefined;
      findings.push({
        severity: report.category === 'error' || report.category === 'rule-error' ? 'error' : 'warning',
        rule,
        message: report.message,
        ...(report.id ? { elementId: report.id } : {}),
        ...(element ? { elementType: element.$type } : {}),
      });
    }
  }
  return findings;
}
