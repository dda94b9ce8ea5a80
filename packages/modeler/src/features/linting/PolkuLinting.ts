import { createPolkuLintConfig, type PackedLintConfig } from './lint-config.js';

/** The part of bpmn-js-bpmnlint's `linting` service used here. */
interface Linting {
  getLinterConfig(): PackedLintConfig | { config: Record<string, never> };
  setLinterConfig(config: PackedLintConfig): void;
  isActive(): boolean;
  toggle(active?: boolean): boolean;
}

/** `config.linting` as bpmn-js-bpmnlint reads it. */
interface LintingConfig {
  active?: boolean;
  bpmnlint?: PackedLintConfig;
}

/**
 * Live validation with Polku's rules: unless the modeler was given its own
 * `linting.bpmnlint`, lints with `plugin:polku/recommended`, and shows the findings from the
 * start unless `linting.active` is `false`.
 */
export default class PolkuLinting {
  static $inject = ['linting', 'config.linting'];

  constructor(linting: Linting, config: LintingConfig | undefined) {
    if (!config?.bpmnlint) linting.setLinterConfig(createPolkuLintConfig());
    if (config?.active !== false) linting.toggle(true);
  }
}
