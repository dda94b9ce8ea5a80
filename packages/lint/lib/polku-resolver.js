import { createRequire } from 'node:module';
import NodeResolver from 'bpmnlint/lib/resolver/node-resolver.js';
import { configs } from '../index.js';
import decisionNamed from '../rules/decision-named.js';
import deadlineBasisRequired from '../rules/deadline-basis-required.js';
import guidanceRequired from '../rules/guidance-required.js';
import noPersonalData from '../rules/no-personal-data.js';
import translationsComplete from '../rules/translations-complete.js';

/** @import { RuleFactory } from './_internal/rule-types.js' */

const PACKAGE = 'bpmnlint-plugin-polku';

/** @type {Record<string, RuleFactory>} */
const ruleFactories = {
  'decision-named': decisionNamed,
  'deadline-basis-required': deadlineBasisRequired,
  'guidance-required': guidanceRequired,
  'no-personal-data': noPersonalData,
  'translations-complete': translationsComplete,
};

/**
 * A bpmnlint resolver that serves Polku's rules and configs from the imported modules and
 * everything else (bpmnlint's rules, other plugins) through bpmnlint's NodeResolver. Serving
 * our own rules directly means they never go through `require()`, so the same code runs
 * under vitest, tsx and plain Node. Node only (NodeResolver uses `node:module`).
 *
 * @returns {{ resolveRule(pkg: string, ruleName: string): unknown, resolveConfig(pkg: string, configName: string): unknown }}
 */
export function createPolkuResolver() {
  const fallback = new NodeResolver({ require: createRequire(import.meta.url) });
  return {
    resolveRule(pkg, ruleName) {
      if (pkg !== PACKAGE) return fallback.resolveRule(pkg, ruleName);
      const factory = ruleFactories[ruleName];
      if (!factory) throw new Error(`cannot resolve rule <${ruleName}> from <${PACKAGE}>`);
      return factory;
    },
    resolveConfig(pkg, configName) {
      if (pkg !== PACKAGE) return fallback.resolveConfig(pkg, configName);
      const config = /** @type {Record<string, unknown>} */ (configs)[configName];
      if (!config) throw new Error(`cannot resolve config <${configName}> from <${PACKAGE}>`);
      return config;
    },
  };
}
