import i18n from '@polku/moddle/i18n.json' with { type: 'json' };
import polku from '@polku/moddle/polku.json' with { type: 'json' };
import { Linter } from 'bpmnlint';
import { BpmnModdle } from 'bpmn-moddle';
import { createPolkuResolver } from './polku-resolver.js';

/** @import { Config, Report } from 'bpmnlint' */

/**
 * One lint finding, in the shape Polku's command line prints: `code` is the rule name as it is
 * configured (`polku/guidance-required`, `label-required`).
 *
 * @typedef {{
 *   severity: 'error' | 'warning',
 *   code: string,
 *   message: string,
 *   file?: string,
 *   line?: number,
 *   column?: number,
 *   elementId?: string,
 *   elementType?: string,
 * }} LintDiagnostic
 */

/**
 * Options of {@link lintModel}.
 *
 * @typedef {{
 *   file?: string,
 *   positions?: ReadonlyMap<string, { line: number, column: number }>,
 *   config?: Config,
 * }} LintOptions
 */

/** The config used when none is given: what a `.bpmnlintrc` extending Polku's would say. */
export const DEFAULT_CONFIG = Object.freeze({ extends: 'plugin:polku/recommended' });

// Enough to see the pattern; a file with thousands of import warnings is not a model to lint.
const MAX_IMPORT_WARNINGS = 20;

/**
 * Lints BPMN XML with bpmnlint and the Polku rules (by default `plugin:polku/recommended`) and
 * returns diagnostics sorted by position. Never throws for a bad model: XML that cannot be read
 * becomes one error diagnostic, bpmn-moddle's import warnings become warnings, and a rule that
 * crashes becomes an error naming the rule. Line and column come from `positions` (an id →
 * position index, e.g. `indexPositions(xml).positions` from `@polku/core/compiler`); without
 * it diagnostics carry the element only. Flow nodes' derived `incoming`/`outgoing` lists are
 * filled in from the sequence flows first, as `@polku/core` reads them, so hand-written models
 * that omit them are not reported as disconnected. Creates a new bpmnlint `Linter` on every call, because
 * a reused one reports every sequence flow as a duplicate.
 *
 * @example
 * import { indexPositions } from '@polku/core/compiler';
 * import { lintModel } from 'bpmnlint-plugin-polku/lint-model';
 * const diagnostics = await lintModel(xml, { file: 'models/koulupolku.bpmn', positions: indexPositions(xml).positions });
 *
 * @param {string} xml
 * @param {LintOptions} [options]
 * @returns {Promise<LintDiagnostic[]>}
 */
export async function lintModel(xml, options = {}) {
  const { file, positions, config = DEFAULT_CONFIG } = options;
  /** @param {string | undefined} elementId @param {string | undefined} elementType */
  const locate = (elementId, elementType) => {
    const position = elementId ? positions?.get(elementId) : undefined;
    return {
      ...(file === undefined ? {} : { file }),
      ...(position ? { line: position.line, column: position.column } : {}),
      ...(elementId ? { elementId } : {}),
      ...(elementType ? { elementType } : {}),
    };
  };

  /** @type {Awaited<ReturnType<BpmnModdle['fromXML']>>} */
  let parsed;
  try {
    parsed = await new BpmnModdle({ polku, i18n }).fromXML(xml, 'bpmn:Definitions');
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const where = /line: (\d+)\s+column: (\d+)/.exec(message);
    const notBpmn = /failed to parse document as <bpmn:Definitions>/.test(message);
    return [
      {
        severity: 'error',
        code: notBpmn ? 'not-bpmn' : 'xml-not-well-formed',
        message: `${notBpmn ? 'The document is not a BPMN 2.0 model' : 'The XML cannot be read'}: ${message.split('\n')[0]}`,
        ...(file === undefined ? {} : { file }),
        ...(where && Number(where[1]) > 0 ? { line: Number(where[1]), column: Number(where[2]) + 1 } : {}),
      },
    ];
  }

  /** @type {LintDiagnostic[]} */
  const diagnostics = parsed.warnings.slice(0, MAX_IMPORT_WARNINGS).map((warning) => ({
    severity: 'warning',
    code: 'import-warning',
    message: `bpmn-moddle: ${warning.message.split('\n')[0]}`,
    ...locate(warning.element?.id, warning.element?.$type),
  }));
  if (parsed.warnings.length > MAX_IMPORT_WARNINGS) {
    diagnostics.push({
      severity: 'warning',
      code: 'import-warning',
      message: `…and ${parsed.warnings.length - MAX_IMPORT_WARNINGS} more bpmn-moddle warnings.`,
      ...locate(undefined, undefined),
    });
  }

  completeFlowReferences(Object.values(parsed.elementsById));
  initialiseRootLists(parsed.rootElement);
  const linter = new Linter({ config, resolver: createPolkuResolver() });
  const results = await linter.lint(parsed.rootElement);
  for (const [code, reports] of Object.entries(results)) {
    for (const report of reports) diagnostics.push(toDiagnostic(code, report, parsed.elementsById, locate));
  }
  return diagnostics.toSorted(byPosition);
}

/**
 * Adds each sequence flow to its source's `outgoing` and its target's `incoming` list where
 * the model left them out (BPMN 2.0 derives those lists from `sourceRef`/`targetRef`).
 *
 * @param {import('./_internal/moddle.js').ModdleElement[]} elements
 */
function completeFlowReferences(elements) {
  for (const flow of elements) {
    if (flow.$type !== 'bpmn:SequenceFlow') continue;
    for (const [end, list] of /** @type {const} */ ([['sourceRef', 'outgoing'], ['targetRef', 'incoming']])) {
      const node = /** @type {import('./_internal/moddle.js').ModdleElement | undefined} */ (flow[end]);
      if (!node || typeof node !== 'object') continue;
      const current = Array.isArray(node[list]) ? /** @type {unknown[]} */ (node[list]) : [];
      if (!current.includes(flow)) node[list] = [...current, flow];
    }
  }
}

/**
 * Creates the definitions' empty `rootElements` and `diagrams` lists, as bpmn-js does when it
 * reads them with `get`. bpmnlint 11's `global` and `no-bpmndi` rules assume the lists exist and
 * throw on a model without any (six files of the shared corpus).
 *
 * @param {import('./_internal/moddle.js').ModdleElement} root
 */
function initialiseRootLists(root) {
  const element = /** @type {{ get?: (name: string) => unknown }} */ (/** @type {unknown} */ (root));
  if (root.$type !== 'bpmn:Definitions' || typeof element.get !== 'function') return;
  element.get('rootElements');
  element.get('diagrams');
}

/**
 * @param {string} code
 * @param {Report} report
 * @param {Record<string, { $type: string }>} elementsById
 * @param {(elementId: string | undefined, elementType: string | undefined) => Partial<LintDiagnostic>} locate
 * @returns {LintDiagnostic}
 */
function toDiagnostic(code, report, elementsById, locate) {
  const crashed = report.category === 'rule-error';
  return {
    severity: report.category === 'error' || crashed ? 'error' : 'warning',
    code,
    message: crashed ? `The rule crashed (${report.message}); please report it with the model.` : report.message,
    ...locate(report.id, report.id ? elementsById[report.id]?.$type : undefined),
  };
}

/**
 * @param {LintDiagnostic} a
 * @param {LintDiagnostic} b
 * @returns {number}
 */
function byPosition(a, b) {
  return (a.line ?? Infinity) - (b.line ?? Infinity) || (a.column ?? 0) - (b.column ?? 0) || a.code.localeCompare(b.code);
}
