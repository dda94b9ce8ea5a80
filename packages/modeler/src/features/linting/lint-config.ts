/// <reference path="../../types/vendor.d.ts" />
/**
 * The packed bpmnlint configuration that bpmn-js-bpmnlint expects, built by hand instead of by
 * a bundler plugin (bpmnlint-pack-config): `plugin:polku/recommended`, which extends
 * `bpmnlint:recommended`, with every rule factory imported statically so the bundler sees it.
 * No DOM and no Node built-ins, so it also runs in the unit tests.
 */
import adHocSubProcess from 'bpmnlint/rules/ad-hoc-sub-process.js';
import conditionalFlows from 'bpmnlint/rules/conditional-flows.js';
import endEventRequired from 'bpmnlint/rules/end-event-required.js';
import eventBasedGateway from 'bpmnlint/rules/event-based-gateway.js';
import eventSubProcessTypedStartEvent from 'bpmnlint/rules/event-sub-process-typed-start-event.js';
import fakeJoin from 'bpmnlint/rules/fake-join.js';
import global from 'bpmnlint/rules/global.js';
import labelRequired from 'bpmnlint/rules/label-required.js';
import linkEvent from 'bpmnlint/rules/link-event.js';
import noBpmndi from 'bpmnlint/rules/no-bpmndi.js';
import noComplexGateway from 'bpmnlint/rules/no-complex-gateway.js';
import noDisconnected from 'bpmnlint/rules/no-disconnected.js';
import noDuplicateSequenceFlows from 'bpmnlint/rules/no-duplicate-sequence-flows.js';
import noGatewayJoinFork from 'bpmnlint/rules/no-gateway-join-fork.js';
import noImplicitEnd from 'bpmnlint/rules/no-implicit-end.js';
import noImplicitSplit from 'bpmnlint/rules/no-implicit-split.js';
import noImplicitStart from 'bpmnlint/rules/no-implicit-start.js';
import noInclusiveGateway from 'bpmnlint/rules/no-inclusive-gateway.js';
import noOverlappingElements from 'bpmnlint/rules/no-overlapping-elements.js';
import singleBlankStartEvent from 'bpmnlint/rules/single-blank-start-event.js';
import singleEventDefinition from 'bpmnlint/rules/single-event-definition.js';
import startEventRequired from 'bpmnlint/rules/start-event-required.js';
import subProcessBlankStartEvent from 'bpmnlint/rules/sub-process-blank-start-event.js';
import superfluousGateway from 'bpmnlint/rules/superfluous-gateway.js';
import superfluousLabel from 'bpmnlint/rules/superfluous-label.js';
import superfluousTermination from 'bpmnlint/rules/superfluous-termination.js';
import bpmnlintRecommended from 'bpmnlint/config/recommended.js';
import { configs as polkuConfigs } from 'bpmnlint-plugin-polku';
import deadlineBasisRequired from 'bpmnlint-plugin-polku/rules/deadline-basis-required';
import decisionNamed from 'bpmnlint-plugin-polku/rules/decision-named';
import guidanceRequired from 'bpmnlint-plugin-polku/rules/guidance-required';
import noPersonalData from 'bpmnlint-plugin-polku/rules/no-personal-data';
import translationsComplete from 'bpmnlint-plugin-polku/rules/translations-complete';

/** A bpmnlint rule factory: called once per lint with the rule's options. */
export type RuleFactory = typeof guidanceRequired;

/** A bpmnlint configuration: what a `.bpmnlintrc` holds. */
export interface LintConfig {
  extends?: string | string[];
  rules?: Record<string, unknown>;
}

/** What bpmnlint's `Linter` asks for rules and configs by package and name. */
export interface LintResolver {
  resolveRule(pkg: string, ruleName: string): RuleFactory;
  resolveConfig(pkg: string, configName: string): LintConfig;
}

/** The `{ config, resolver }` pair `bpmn-js-bpmnlint` takes as `linting.bpmnlint`. */
export interface PackedLintConfig {
  config: LintConfig;
  resolver: LintResolver;
}

const BPMNLINT = 'bpmnlint';
const POLKU = 'bpmnlint-plugin-polku';

/** bpmnlint's rules that `bpmnlint:recommended` (and so Polku's `recommended`) names. */
const BPMNLINT_RULES: Record<string, RuleFactory> = {
  'ad-hoc-sub-process': adHocSubProcess,
  'conditional-flows': conditionalFlows,
  'end-event-required': endEventRequired,
  'event-based-gateway': eventBasedGateway,
  'event-sub-process-typed-start-event': eventSubProcessTypedStartEvent,
  'fake-join': fakeJoin,
  global,
  'label-required': labelRequired,
  'link-event': linkEvent,
  'no-bpmndi': noBpmndi,
  'no-complex-gateway': noComplexGateway,
  'no-disconnected': noDisconnected,
  'no-duplicate-sequence-flows': noDuplicateSequenceFlows,
  'no-gateway-join-fork': noGatewayJoinFork,
  'no-implicit-end': noImplicitEnd,
  'no-implicit-split': noImplicitSplit,
  'no-implicit-start': noImplicitStart,
  'no-inclusive-gateway': noInclusiveGateway,
  'no-overlapping-elements': noOverlappingElements,
  'single-blank-start-event': singleBlankStartEvent,
  'single-event-definition': singleEventDefinition,
  'start-event-required': startEventRequired,
  'sub-process-blank-start-event': subProcessBlankStartEvent,
  'superfluous-gateway': superfluousGateway,
  'superfluous-label': superfluousLabel,
  'superfluous-termination': superfluousTermination,
};

const POLKU_RULES: Record<string, RuleFactory> = {
  'deadline-basis-required': deadlineBasisRequired,
  'decision-named': decisionNamed,
  'guidance-required': guidanceRequired,
  'no-personal-data': noPersonalData,
  'translations-complete': translationsComplete,
};

const RULES: Record<string, Record<string, RuleFactory>> = { [BPMNLINT]: BPMNLINT_RULES, [POLKU]: POLKU_RULES };
const CONFIGS: Record<string, Record<string, LintConfig>> = {
  [BPMNLINT]: { recommended: bpmnlintRecommended },
  [POLKU]: polkuConfigs,
};

/**
 * The resolver bpmnlint's `Linter` uses in the browser: rules and configs come from the
 * modules imported above, as bpmnlint's `StaticResolver` would serve a packed config.
 * Unknown names throw with the package and name, which the Linter reports as a rule error.
 */
export function createLintResolver(): LintResolver {
  return {
    resolveRule(pkg, ruleName) {
      const factory = RULES[pkg]?.[ruleName];
      if (!factory) throw new Error(`The modeler has no lint rule <${pkg}/${ruleName}>; import it in lint-config.ts.`);
      return factory;
    },
    resolveConfig(pkg, configName) {
      const config = CONFIGS[pkg]?.[configName];
      if (!config) throw new Error(`The modeler has no lint config <${pkg}:${configName}>; import it in lint-config.ts.`);
      return config;
    },
  };
}

/**
 * The modeler's lint setup: `plugin:polku/recommended` (Polku's rules on top of
 * `bpmnlint:recommended`) with a resolver over statically imported rules. bpmn-js-bpmnlint
 * creates a new `Linter` from it on every lint, as bpmnlint 11 needs.
 *
 * @example
 * new Modeler({ additionalModules: [LintingModule], linting: { active: true, bpmnlint: createPolkuLintConfig() } });
 */
export function createPolkuLintConfig(): PackedLintConfig {
  return { config: { extends: 'plugin:polku/recommended' }, resolver: createLintResolver() };
}
