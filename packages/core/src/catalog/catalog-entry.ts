import type { Pathway, Texts } from '../ir/types.js';

/** What the catalogue says of one pathway, read from the model itself (nothing kept by hand elsewhere). */
export interface CatalogEntry {
  /** The process id. */
  id: string;
  /** Where the model is, as the caller named it (a path or URL), when known. */
  src?: string;
  /** The process (or pool) name. */
  title: Texts;
  /** The first paragraph of the process documentation, per language. */
  summary: Texts;
  /** `polku:audience` entries. */
  audience: Texts[];
  /** `polku:tag` entries. */
  tags: Texts[];
  /** Steps and decisions a worker meets. */
  stages: number;
  /** Languages in which the title and every stage's name are present. */
  languages: string[];
  /** The pathway's content hash. */
  hash: string;
}

/**
 * The catalogue entry of a compiled pathway: title, summary, audience and tags in every
 * language the model has, derived from the process name, the first paragraph of its
 * documentation and its `polku:audience` / `polku:tag` metadata.
 *
 * @example
 * const entry = catalogEntry(pathway, '/models/koulupolku.bpmn');
 * entry.title.sv; // "Skolgången för ett placerat barn"
 */
export function catalogEntry(pathway: Pathway, src?: string): CatalogEntry {
  const stages = Object.values(pathway.nodes).filter((node) => node.role === 'step' || node.role === 'decision');
  const languages = Object.keys(pathway.name).filter((lang) => stages.every((node) => node.name[lang]));
  return {
    id: pathway.id,
    ...(src === undefined ? {} : { src }),
    title: pathway.name,
    summary: Object.fromEntries(Object.entries(pathway.guidance).map(([lang, text]) => [lang, firstParagraph(text ?? '')])),
    audience: pathway.catalog?.audience ?? [],
    tags: pathway.catalog?.tags ?? [],
    stages: stages.length,
    languages: [pathway.lang, ...languages.filter((lang) => lang !== pathway.lang).toSorted()].filter((lang) => languages.includes(lang)),
    hash: pathway.hash,
  };
}

/** The first paragraph of a markdown text, as one line. */
function firstParagraph(markdown: string): string {
  const paragraph = markdown.trim().split(/\n\s*\n/, 1)[0] ?? '';
  return paragraph.replace(/\s*\n\s*/g, ' ').trim();
}
