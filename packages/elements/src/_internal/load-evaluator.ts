import type { ConditionEvaluator } from '@polku/core';

let loading: Promise<ConditionEvaluator> | undefined;

/**
 * The FEEL evaluator, imported on first use: only pathways whose gateways are decided by
 * conditions need it, and feelin is larger than the rest of the guide, so pages without
 * conditions never download it. A failed download is tried again next time.
 */
export function loadEvaluator(): Promise<ConditionEvaluator> {
  loading ??= import('@polku/core/feel').then(
    (module) => module.feelEvaluator,
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
