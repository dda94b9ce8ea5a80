#!/usr/bin/env node
// Writes packages/elements/custom-elements.json (the Custom Elements Manifest, schema 2.1.0)
// from the components' own source: each `src/<tag>/<tag>.ts` that calls
// `customElements.define('<tag>', Class)`, read with Vite's TypeScript parser (oxc). What a
// component says about itself lives in its class's JSDoc (STYLE §7, §9): the description,
// `@summary`, `@event name - {@link Class}: …`, `@csspart`, `@cssproperty … Default \`…\``,
// `@slot`; its attributes and properties come from `static properties` and the `declare`d
// fields with their JSDoc; public getters and methods too. The embed entry's exports
// (`src/embed.ts`) are listed as functions.
//
//   node scripts/custom-elements-manifest.mjs          write it
//   node scripts/custom-elements-manifest.mjs --check  exit 1 when the file is not up to date
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseSync } from 'vite';

const packageRoot = join(import.meta.dirname, '..');
const src = join(packageRoot, 'src');
const manifestFile = join(packageRoot, 'custom-elements.json');
/** Lit's lifecycle and rendering hooks: part of LitElement, not of a component's API. */
const LIFECYCLE = new Set(['render', 'connectedCallback', 'disconnectedCallback', 'attributeChangedCallback', 'willUpdate', 'update', 'updated', 'firstUpdated', 'shouldUpdate', 'createRenderRoot', 'getUpdateComplete', 'scheduleUpdate', 'performUpdate']);

/** The text of a JSDoc block: ` * ` prefixes gone, tags split off. */
function readJsDoc(comment) {
  const lines = comment.value.replace(/^\*/, '').split('\n').map((line) => line.replace(/^\s*\* ?/, '').replace(/\s+$/, ''));
  const description = [];
  const tags = [];
  for (const line of lines) {
    const tag = /^@(\w+)\s*(.*)$/.exec(line);
    if (tag) tags.push({ name: tag[1], text: tag[2] });
    else if (tags.length > 0) tags.at(-1).text += `\n${line}`;
    else description.push(line);
  }
  for (const tag of tags) tag.text = tag.text.trim();
  // Paragraphs stay apart; the lines of one paragraph are one line.
  const paragraphs = description.join('\n').trim().split(/\n\s*\n/).map((paragraph) => paragraph.replace(/\s+/g, ' ').trim());
  return { description: paragraphs.filter(Boolean).join('\n\n'), tags };
}

/** The JSDoc block that ends right before `start` (only whitespace between), if any. */
function jsDocBefore(source, comments, start) {
  const comment = comments.findLast((candidate) => candidate.end <= start && candidate.type === 'Block' && candidate.value.startsWith('*'));
  return comment && source.slice(comment.end, start).trim() === '' ? readJsDoc(comment) : undefined;
}

/** `name - text` of a tag. */
function nameAndText(text) {
  const match = /^(\S+)\s*(?:-\s*)?([\s\S]*)$/.exec(text.replace(/\s+/g, ' '));
  return { name: match[1], text: match[2].trim() };
}

function literal(node) {
  if (node?.type === 'Literal') return node.value;
  if (node?.type === 'Identifier') return node.name;
  return undefined;
}

/** `static properties = { name: { type: String, attribute: …, reflect: …, state: … } }` as a map. */
function reactiveProperties(classBody) {
  const definition = classBody.body.find((member) => member.static && member.key?.name === 'properties' && member.value?.type === 'ObjectExpression');
  const properties = new Map();
  for (const property of definition?.value.properties ?? []) {
    const options = {};
    for (const option of property.value?.properties ?? []) options[option.key.name] = literal(option.value);
    properties.set(property.key.name, options);
  }
  return properties;
}

function typeText(source, member) {
  const annotation = member.typeAnnotation ?? member.value?.returnType;
  return annotation ? source.slice(annotation.start, annotation.end).replace(/^:\s*/, '').replace(/\s+/g, ' ') : undefined;
}

function describeClass(source, comments, exported, tagName, path) {
  const declaration = exported.declaration;
  const doc = jsDocBefore(source, comments, exported.start) ?? { description: '', tags: [] };
  const properties = reactiveProperties(declaration.body);
  const observesLang = source.includes("observedAttributes, 'lang'");
  const attributes = [];
  const members = [];
  for (const member of declaration.body.body) {
    const name = member.key?.name;
    if (!name || member.static || member.accessibility === 'private' || member.accessibility === 'protected' || member.key.type === 'PrivateIdentifier') continue;
    if (member.override || LIFECYCLE.has(name)) continue;
    const memberDoc = jsDocBefore(source, comments, member.start);
    const description = memberDoc?.description || undefined;
    if (member.type === 'PropertyDefinition') {
      const options = properties.get(name);
      if (options?.state) continue;
      const type = typeText(source, member);
      const attribute = options && options.attribute !== false ? (typeof options.attribute === 'string' ? options.attribute : name.toLowerCase()) : undefined;
      members.push({ kind: 'field', name, ...(type ? { type: { text: type } } : {}), ...(description ? { description } : {}), ...(attribute ? { attribute } : {}), ...(options?.reflect ? { reflects: true } : {}) });
      if (attribute) attributes.push({ name: attribute, ...(type ? { type: { text: type } } : {}), ...(description ? { description } : {}), fieldName: name });
    } else if (member.type === 'MethodDefinition' && member.kind === 'get') {
      const type = typeText(source, member);
      members.push({ kind: 'field', name, ...(type ? { type: { text: type } } : {}), ...(description ? { description } : {}), readonly: !declaration.body.body.some((other) => other.kind === 'set' && other.key?.name === name) });
    } else if (member.type === 'MethodDefinition' && member.kind === 'method') {
      const returns = typeText(source, member);
      members.push({ kind: 'method', name, ...(description ? { description } : {}), ...(returns ? { return: { type: { text: returns } } } : {}) });
    }
  }
  if (observesLang) {
    attributes.push({ name: 'lang', type: { text: "'fi' | 'sv' | 'en'" }, description: 'The interface language (the global `lang` attribute, observed): Finnish (default), Swedish or English.' });
  }
  const tagged = (tag) => doc.tags.filter((entry) => entry.name === tag).map((entry) => nameAndText(entry.text));
  const events = tagged('event').map(({ name, text }) => {
    const type = /\{@link (\w+)\}:?\s*/.exec(text);
    return { name, ...(type ? { type: { text: type[1] } } : {}), description: type ? text.replace(type[0], '').trim() : text };
  });
  const cssProperties = tagged('cssproperty').map(({ name, text }) => {
    const fallback = /\s*Default `([^`]*)`\.?$/.exec(text);
    return { name, description: fallback ? text.slice(0, fallback.index).trim() : text, ...(fallback ? { default: fallback[1] } : {}) };
  });
  const summary = doc.tags.find((tag) => tag.name === 'summary')?.text.replace(/\s+/g, ' ');
  return {
    kind: 'class',
    description: doc.description,
    name: declaration.id.name,
    ...(summary ? { summary } : {}),
    tagName,
    customElement: true,
    superclass: { name: declaration.superClass.name, package: 'lit' },
    attributes,
    members,
    events,
    slots: tagged('slot').map(({ name, text }) => ({ name: name === '(default)' ? '' : name, description: text })),
    cssParts: tagged('csspart').map(({ name, text }) => ({ name, description: text })),
    cssProperties,
    path,
  };
}

function componentModule(file) {
  const path = `src/${file}`;
  const source = readFileSync(join(src, file), 'utf8');
  const { program, comments, errors } = parseSync(file, source, { lang: 'ts', sourceType: 'module' });
  if (errors.length > 0) throw new Error(`${path}: ${errors[0].message}`);
  const define = /customElements\.define\('([a-z][\w-]*)',\s*(\w+)\)/.exec(source);
  if (!define) return undefined;
  const [, tagName, className] = define;
  const exported = program.body.find((node) => node.type === 'ExportNamedDeclaration' && node.declaration?.type === 'ClassDeclaration' && node.declaration.id.name === className);
  if (!exported) throw new Error(`${path}: defines <${tagName}> with ${className}, but exports no class of that name.`);
  const { path: _path, ...declaration } = describeClass(source, comments, exported, tagName, path);
  return {
    kind: 'javascript-module',
    path,
    declarations: [declaration],
    exports: [
      { kind: 'js', name: className, declaration: { name: className, module: path } },
      { kind: 'custom-element-definition', name: tagName, declaration: { name: className, module: path } },
    ],
  };
}

function embedModule() {
  const path = 'src/embed.ts';
  const source = readFileSync(join(src, 'embed.ts'), 'utf8');
  const { program, comments } = parseSync('embed.ts', source, { lang: 'ts', sourceType: 'module' });
  const moduleDoc = comments[0]?.start === 0 ? readJsDoc(comments[0]) : undefined;
  const functions = program.body.filter((node) => node.type === 'ExportNamedDeclaration' && node.declaration?.type === 'FunctionDeclaration').map((node) => {
    const doc = jsDocBefore(source, comments, node.start);
    const returns = node.declaration.returnType ? source.slice(node.declaration.returnType.start, node.declaration.returnType.end).replace(/^:\s*/, '') : undefined;
    const parameters = node.declaration.params.map((param) => {
      const target = param.type === 'RestElement' ? param.argument : param;
      const type = (param.typeAnnotation ?? target.typeAnnotation);
      return { name: target.name, ...(param.type === 'RestElement' ? { rest: true } : {}), ...(type ? { type: { text: source.slice(type.start, type.end).replace(/^:\s*/, '') } } : {}) };
    });
    return { kind: 'function', name: node.declaration.id.name, ...(doc?.description ? { description: doc.description } : {}), parameters, ...(returns ? { return: { type: { text: returns } } } : {}) };
  });
  return {
    kind: 'javascript-module',
    path,
    ...(moduleDoc ? { description: moduleDoc.description } : {}),
    declarations: functions,
    exports: functions.map((fn) => ({ kind: 'js', name: fn.name, declaration: { name: fn.name, module: path } })),
  };
}

/** The manifest as text, modules in path order. */
export function manifestText() {
  const files = readdirSync(src, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name.startsWith('polku-') && existsSync(join(src, entry.name, `${entry.name}.ts`)))
    .map((entry) => `${entry.name}/${entry.name}.ts`)
    .toSorted();
  const modules = [...(existsSync(join(src, 'embed.ts')) ? [embedModule()] : []), ...files.map(componentModule).filter(Boolean)];
  return `${JSON.stringify({ schemaVersion: '2.1.0', readme: 'README.md', modules }, null, 2)}\n`;
}

const text = manifestText();
if (process.argv.includes('--check')) {
  const current = existsSync(manifestFile) ? readFileSync(manifestFile, 'utf8') : '';
  if (current !== text) {
    console.error('custom-elements.json is not up to date: run pnpm --filter @polku/elements manifest');
    process.exit(1);
  }
  console.log('custom-elements.json is up to date');
} else {
  writeFileSync(manifestFile, text);
  console.log(`wrote ${manifestFile}`);
}
