import type { Pathway, PathwayNode } from '../ir/types.js';

/** How complete one language of a pathway is. */
export interface LanguageCoverage {
  lang: string;
  /** Worker-facing elements with a name in this language. */
  named: number;
  /** Worker-facing elements with guidance in this language. */
  guided: number;
  /** Answers (flows leaving a decision) named in this language. */
  answers: number;
}

/** The coverage of a pathway's texts, per language. */
export interface Coverage {
  id: string;
  /** Worker-facing elements: every element but the unnamed gateways that only split or merge paths. */
  elements: number;
  /** Answers of the decisions. */
  answers: number;
  languages: LanguageCoverage[];
  /** Worker-facing elements that lack a name or guidance in some language: element id → the languages missing. */
  gaps: Record<string, string[]>;
}

/**
 * Counts, per language, how many of a pathway's worker-facing elements have a name and
 * guidance, and how many decision answers are named: the coverage report of
 * `polku validate --report`. Languages are the model's own plus every one any text uses.
 */
export function coverageOf(pathway: Pathway): Coverage {
  const nodes = Object.values(pathway.nodes).filter(workerFacing);
  const answerFlows = Object.values(pathway.nodes)
    .filter((node) => node.role === 'decision')
    .flatMap((node) => node.outgoing.map((flowId) => pathway.flows[flowId]!));
  const seen = new Set<string>([pathway.lang]);
  for (const node of nodes) for (const lang of [...Object.keys(node.name), ...Object.keys(node.guidance)]) seen.add(lang);
  const languages = [pathway.lang, ...[...seen].filter((lang) => lang !== pathway.lang).toSorted()];
  const gaps: Record<string, string[]> = {};
  for (const node of nodes) {
    const missing = languages.filter((lang) => !node.name[lang] || (needsGuidance(node) && !node.guidance[lang]));
    if (missing.length > 0) gaps[node.id] = missing;
  }
  return {
    id: pathway.id,
    elements: nodes.length,
    answers: answerFlows.length,
    languages: languages.map((lang) => ({
      lang,
      named: nodes.filter((node) => node.name[lang]).length,
      guided: nodes.filter((node) => node.guidance[lang]).length,
      answers: answerFlows.filter((flow) => flow.name[lang]).length,
    })),
    gaps,
  };
}

/** Everything a worker sees: not the nameless gateways and pass-through events that only route paths. */
function workerFacing(node: PathwayNode): boolean {
  return node.role !== 'pass' || Object.keys(node.name).length > 0;
}

/** Steps, decisions, scopes and waits need guidance; events that only pass may have a name alone. */
function needsGuidance(node: PathwayNode): boolean {
  return node.role === 'step' || node.role === 'decision' || node.role === 'scope' || node.role === 'wait';
}
