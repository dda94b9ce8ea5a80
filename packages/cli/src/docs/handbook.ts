/**
 * One pathway as a static, printable handbook page: what a county publishes on its intranet.
 * One self-contained HTML file: the stylesheet inline, no script, no external request, and a
 * Content-Security-Policy that allows exactly that stylesheet, so even a flaw in escaping
 * could not run code.
 */
import { createHash } from 'node:crypto';
import type { Pathway, PathwayNode, Texts } from '@polku/core';
import type { Element } from '../export/moddle.js';
import { renderDiagram } from './diagram-svg.js';
import { escapeHtml, safeHref } from './escape-html.js';
import { HANDBOOK_CSS } from './handbook-styles.js';
import { renderMarkdown } from './render-markdown.js';
import { stageOrder, stagesBehind, type Stage } from './stage-order.js';
import { deadlineRule, durationInWords, wordsFor, type Words } from './words.js';

/** What {@link renderHandbook} needs. */
export interface HandbookInput {
  pathway: Pathway;
  /** The model read by bpmn-moddle, for its diagram; without one the page says there is none. */
  definitions?: Element;
  /** The page's language; texts missing in it fall back to the model's language. */
  lang: string;
  /** The model's file name, for the footer. */
  source: string;
  /** The handbook of a process another model defines, when it is written in the same run. */
  linkToProcess?: (processId: string) => { href: string; title: string } | undefined;
}

/** A text in the page's language or the model's, and the language it is in. */
type Picked = { text: string; lang: string };

/**
 * The handbook page of one pathway: title and summary, the diagram as inline SVG, a table of
 * contents, then every stage in reading order with its role, guidance, answers, legal
 * references and deadlines.
 *
 * @example
 * const html = renderHandbook({ pathway, definitions, lang: 'sv', source: 'koulupolku.bpmn' });
 */
export function renderHandbook(input: HandbookInput): string {
  const { pathway, lang } = input;
  const words = wordsFor(lang);
  const pick = (texts: Texts | undefined): Picked | undefined => {
    if (!texts) return undefined;
    for (const candidate of [lang, pathway.lang]) if (texts[candidate]) return { text: texts[candidate]!, lang: candidate };
    const any = Object.entries(texts).find(([, text]) => Boolean(text));
    return any ? { text: any[1]!, lang: any[0] } : undefined;
  };
  const page: Page = { input, words, pick, numbers: new Map() };
  const order = stageOrder(pathway);
  number(order.stages, '', page.numbers);
  number(order.others, `${order.stages.length}.`, page.numbers);

  const title = pick(pathway.name)?.text ?? pathway.id;
  const diagram = input.definitions ? renderDiagram(input.definitions, { label: words.diagramLabel(title), nameOf: (id) => nameOf(page, id) }) : undefined;
  const facts = [
    pathway.catalog?.audience.length ? `<p class="facts">${words.audience}: ${pathway.catalog.audience.map((texts) => inline(page, texts)).join(', ')}</p>` : '',
    pathway.catalog?.tags.length ? `<p class="facts">${words.tags}: ${pathway.catalog.tags.map((texts) => inline(page, texts)).join(', ')}</p>` : '',
  ].join('');

  const body = [
    `<header>`,
    `<p class="eyebrow">${words.handbook}</p>`,
    `<h1>${inline(page, pathway.name) || escapeHtml(pathway.id)}</h1>`,
    block(page, pathway.guidance, 'summary'),
    facts,
    `</header>`,
    `<nav aria-labelledby="contents"><h2 id="contents">${words.contents}</h2>${contents(page, order)}</nav>`,
    `<main>`,
    `<section class="diagram" aria-labelledby="diagram"><h2 id="diagram">${words.diagram}</h2>${
      diagram ? `<div class="diagram-frame" tabindex="0" role="group" aria-label="${escapeHtml(words.diagramLabel(title))}">${diagram}</div>` : `<p>${words.noDiagram}</p>`
    }</section>`,
    `<section aria-labelledby="stages"><h2 id="stages">${words.stages}</h2>${stageList(page, order.stages)}</section>`,
    order.others.length > 0 ? `<section aria-labelledby="others"><h2 id="others">${words.otherStages}</h2>${stageList(page, order.others)}</section>` : '',
    `</main>`,
    `<footer><p>${escapeHtml(words.generated(input.source))}</p></footer>`,
  ].join('\n');
  return documentHtml(lang, `${title} – ${words.handbook}`, body);
}

/** A whole page around `body`, with the one stylesheet and the policy that allows only it. */
export function documentHtml(lang: string, title: string, body: string): string {
  const hash = createHash('sha256').update(HANDBOOK_CSS).digest('base64');
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-${hash}'; base-uri 'none'; form-action 'none'">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style>${HANDBOOK_CSS}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

interface Page {
  input: HandbookInput;
  words: Words;
  pick: (texts: Texts | undefined) => Picked | undefined;
  /** Stage id → its number ("3.", "3.1."). */
  numbers: Map<string, string>;
}

function number(stages: Stage[], prefix: string, numbers: Map<string, string>): void {
  for (const [index, stage] of stages.entries()) {
    const label = `${prefix}${index + 1}.`;
    numbers.set(stage.node.id, label);
    number(stage.children, label, numbers);
  }
}

function contents(page: Page, order: { stages: Stage[]; others: Stage[] }): string {
  const list = (stages: Stage[]): string =>
    stages.length === 0 ? '' : `<ol>${stages.map((stage) => `<li><a href="#${anchor(stage.node.id)}">${stageName(page, stage.node)}</a>${list(stage.children)}</li>`).join('')}</ol>`;
  return list([...order.stages, ...order.others]);
}

function stageList(page: Page, stages: Stage[]): string {
  return `<ol class="stages">\n${stages.map((stage) => renderStage(page, stage)).join('\n')}\n</ol>`;
}

function renderStage(page: Page, { node, children }: Stage): string {
  const { words, input } = page;
  const { pathway } = input;
  const kind = kindOf(node);
  const meta = [`<span class="kind">${words.kind[kind]}</span>`];
  const lane = node.lane ? pathway.lanes.find((candidate) => candidate.id === node.lane) : undefined;
  if (lane && Object.keys(lane.name).length > 0) meta.push(`${words.role}: ${inline(page, lane.name)}`);
  const pool = node.pool ? pathway.pools?.find((candidate) => candidate.process === node.pool) : undefined;
  if (pool) meta.push(words.opensInPool(inline(page, pool.name)));

  const parts = [
    `<li class="stage ${kind}" id="${anchor(node.id)}">`,
    `<h3><span class="number">${page.numbers.get(node.id) ?? ''}</span>${stageName(page, node)}</h3>`,
    `<p class="meta">${meta.join(' ')}</p>`,
    waitText(page, node),
    node.attachedTo && pathway.nodes[node.attachedTo] ? `<p>${words.attachedTo(stageLink(page, pathway.nodes[node.attachedTo]!))}</p>` : '',
    block(page, node.guidance, 'guidance'),
    callText(page, node),
    fields(page, node),
    answers(page, node),
    legal(page, node),
    deadlines(page, node),
    children.length > 0 ? stageList(page, children) : '',
    `</li>`,
  ];
  return parts.filter(Boolean).join('\n');
}

function kindOf(node: PathwayNode): keyof Words['kind'] {
  if (node.type === 'startEvent') return 'start';
  if (node.type === 'endEvent') return 'end';
  if (node.role === 'decision' || node.type === 'eventBasedGateway') return 'decision';
  if (node.role === 'wait' || node.role === 'scope' || node.role === 'step') return node.role;
  return node.type.endsWith('Event') ? 'event' : 'step';
}

function waitText(page: Page, node: PathwayNode): string {
  const trigger = node.trigger;
  if (!trigger) return '';
  const { words } = page;
  let what = '';
  if (trigger.kind === 'timer' && trigger.timer) {
    what = words.timer(trigger.timer.type === 'duration' ? durationInWords(trigger.timer.value, 'elapsed', words) : trigger.timer.value);
  } else if (trigger.ref) {
    const message = trigger.kind === 'message' ? Object.values(page.input.pathway.messages ?? {}).find((flow) => flow.target === node.id) : undefined;
    what = `${words.waitsFor[trigger.kind]}: ${message ? inline(page, message.name) || escapeHtml(trigger.ref) : escapeHtml(trigger.ref)}`;
  } else {
    what = words.waitsFor[trigger.kind];
  }
  return `<p class="trigger">${trigger.kind === 'timer' ? escapeHtml(what) : what}</p>`;
}

function callText(page: Page, node: PathwayNode): string {
  if (node.type !== 'callActivity' || !node.calls) return '';
  const target = page.input.linkToProcess?.(node.calls);
  const name = target ? `<a href="${escapeHtml(target.href)}">${escapeHtml(target.title)}</a>` : escapeHtml(node.calls);
  return `<p class="calls">${page.words.opensPathway(name)}</p>`;
}

function fields(page: Page, node: PathwayNode): string {
  if (node.fields.length === 0) return '';
  const { words } = page;
  const items = node.fields.map((field) => `<li>${inline(page, field.name) || escapeHtml(field.key)} <span class="basis">(${[words.fieldType[field.type], field.required ? words.required : ''].filter(Boolean).join(', ')})</span></li>`);
  return `<h4>${words.fields}</h4>\n<ul class="fields">${items.join('')}</ul>`;
}

function answers(page: Page, node: PathwayNode): string {
  if (node.role !== 'decision' && node.type !== 'eventBasedGateway') return '';
  const { pathway } = page.input;
  const items = node.outgoing.map((flowId) => {
    const flow = pathway.flows[flowId];
    const behind = stagesBehind(pathway, flowId);
    const targets = behind.length > 0 ? behind.map((stage) => stageLink(page, stage)).join(', ') : escapeHtml(page.words.ends);
    const answer = flow ? inline(page, flow.name) : '';
    return `<li>${answer ? `<strong>${answer}</strong> → ` : '→ '}${targets}</li>`;
  });
  return `<h4>${page.words.answers}</h4>\n<ul class="answers">${items.join('')}</ul>`;
}

function legal(page: Page, node: PathwayNode): string {
  if (node.legal.length === 0) return '';
  const items = node.legal.map((reference) => {
    const label = escapeHtml(`${reference.statute} ${reference.section}`);
    const href = safeHref(reference.url);
    return `<li>${href ? `<a href="${escapeHtml(href)}">${label}</a>` : label}</li>`;
  });
  return `<h4>${page.words.legal}</h4>\n<ul class="legal">${items.join('')}</ul>`;
}

function deadlines(page: Page, node: PathwayNode): string {
  if (node.deadlines.length === 0) return '';
  const { words } = page;
  const items = node.deadlines.map((deadline) => {
    const name = inline(page, deadline.name);
    return `<li>${name ? `<strong>${name}</strong>: ` : ''}${escapeHtml(deadlineRule(deadline, words))}${deadline.basis ? ` <span class="basis">(${escapeHtml(deadline.basis)})</span>` : ''}</li>`;
  });
  return `<h4>${words.deadlines(node.deadlines.length)}</h4>\n<ul class="deadlines">${items.join('')}</ul>`;
}

/** A link to a stage with its number, which a printed page still shows: "11. Kokoa koulutiedot". */
function stageLink(page: Page, node: PathwayNode): string {
  const label = page.numbers.get(node.id);
  return `<a href="#${anchor(node.id)}">${label ? `${label} ` : ''}${stageName(page, node)}</a>`;
}

/** A stage's name, or for a nameless one its kind ("Alku", "Loppu"). */
function stageName(page: Page, node: PathwayNode): string {
  return inline(page, node.name) || escapeHtml(page.words.kind[kindOf(node)]);
}

/** A short text, escaped, marked with its language where it falls back to another. */
function inline(page: Page, texts: Texts | undefined): string {
  const picked = page.pick(texts);
  if (!picked) return '';
  return picked.lang === page.input.lang ? escapeHtml(picked.text) : `<span lang="${escapeHtml(picked.lang)}">${escapeHtml(picked.text)}</span>`;
}

/** Guidance markdown, rendered, in a block marked with its language where it falls back. */
function block(page: Page, texts: Texts | undefined, className: string): string {
  const picked = page.pick(texts);
  if (!picked) return '';
  const lang = picked.lang === page.input.lang ? '' : ` lang="${escapeHtml(picked.lang)}"`;
  return `<div class="${className}"${lang}>${renderMarkdown(picked.text)}</div>`;
}

function nameOf(page: Page, id: string): { text: string; lang?: string } | undefined {
  const { pathway, lang } = page.input;
  const texts = (id === pathway.id ? pathway.name : undefined) ?? pathway.nodes[id]?.name ?? pathway.flows[id]?.name ?? pathway.lanes.find((lane) => lane.id === id)?.name ?? pathway.pools?.find((pool) => pool.id === id)?.name ?? pathway.messages?.[id]?.name;
  const picked = page.pick(texts);
  if (!picked) return undefined;
  return picked.lang === lang ? { text: picked.text } : picked;
}

/** The fragment id of a stage: its element id, made safe for a URL fragment. */
export function anchor(id: string): string {
  return `stage-${id.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

