/**
 * bpmnlint-plugin-polku: modelling rules for Polku pathways, and the configurations that
 * combine them with bpmnlint's own rules.
 *
 * Use it from a `.bpmnlintrc` (`"extends": "plugin:polku/recommended"`), from
 * bpmnlint-pack-config for the modeler, or through `lintModel` from
 * `bpmnlint-plugin-polku/lint-model`. Every rule name is written with its package
 * (`polku/…`, `bpmnlint/…`) so the configs also work when passed to a `Linter` directly.
 *
 * @example
 * // .bpmnlintrc
 * {
 *   "extends": "plugin:polku/recommended",
 *   "moddleExtensions": { "polku": "@polku/moddle/polku.json", "i18n": "@polku/moddle/i18n.json" }
 * }
 */

/**
 * Where each rule lives, relative to this file: bpmnlint's NodeResolver `require`s these, and
 * bpmnlint-pack-config turns them into `import` statements for a browser bundle.
 */
export const rules = {
  'decision-named': './rules/decision-named.js',
  'deadline-basis-required': './rules/deadline-basis-required.js',
  'guidance-required': './rules/guidance-required.js',
  'no-personal-data': './rules/no-personal-data.js',
  'translations-complete': './rules/translations-complete.js',
};

/**
 * `recommended`: bpmnlint's recommended rules, each set on purpose for walkthroughs (see the
 * table in README.md), plus every Polku rule. `all`: every Polku rule as an error.
 */
export const configs = {
  recommended: {
    extends: 'bpmnlint:recommended',
    rules: {
      'bpmnlint/ad-hoc-sub-process': 'error',
      'bpmnlint/conditional-flows': 'error',
      'bpmnlint/end-event-required': 'error',
      'bpmnlint/event-based-gateway': 'error',
      'bpmnlint/event-sub-process-typed-start-event': 'error',
      'bpmnlint/fake-join': 'warn',
      'bpmnlint/global': 'warn',
      'bpmnlint/label-required': 'error',
      'bpmnlint/link-event': 'error',
      'bpmnlint/no-bpmndi': 'error',
      'bpmnlint/no-complex-gateway': 'error',
      'bpmnlint/no-disconnected': 'error',
      'bpmnlint/no-duplicate-sequence-flows': 'error',
      'bpmnlint/no-gateway-join-fork': 'error',
      'bpmnlint/no-implicit-split': 'error',
      'bpmnlint/no-implicit-end': 'error',
      'bpmnlint/no-implicit-start': 'error',
      'bpmnlint/no-inclusive-gateway': 'off',
      'bpmnlint/no-overlapping-elements': 'warn',
      'bpmnlint/single-blank-start-event': 'error',
      'bpmnlint/single-event-definition': 'error',
      'bpmnlint/start-event-required': 'error',
      'bpmnlint/sub-process-blank-start-event': 'error',
      'bpmnlint/superfluous-gateway': 'warn',
      'bpmnlint/superfluous-label': 'warn',
      'bpmnlint/superfluous-termination': 'warn',
      'polku/decision-named': 'error',
      'polku/deadline-basis-required': 'error',
      'polku/guidance-required': 'error',
      'polku/no-personal-data': 'error',
      'polku/translations-complete': 'warn',
    },
  },
  all: {
    rules: {
      'polku/decision-named': 'error',
      'polku/deadline-basis-required': 'error',
      'polku/guidance-required': 'error',
      'polku/no-personal-data': 'error',
      'polku/translations-complete': 'error',
    },
  },
};
