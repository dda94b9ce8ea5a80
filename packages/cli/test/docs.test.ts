import { compileBpmn } from '@polku/core/compiler';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../src/docs/escape-html.js';
import { renderMarkdown } from '../src/docs/render-markdown.js';
import { isStage } from '../src/docs/stage-order.js';
import { runCli } from '../src/index.js';

const MODELS = fileURLToPath(new URL('../../../models/', import.meta.url));
const CORE_FIXTURES = fileURLToPath(new URL('../../core/test/fixtures/', import.meta.url));
const unsupported = fileURLToPath(new URL('./fixtures/error/cli.unsupported-complex-gateway.bpmn', import.meta.url));

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    readFile: (path) => readFile(path, 'utf8'),
    listDir: (path) => readdir(path),
    writeFile: async (path, text) => {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, text, 'utf8');
    },
    isTty: false,
  });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

const temp = (name: string) => mkdtemp(join(tmpdir(), `polku-docs-${name}-`));

// A start tag as a browser reads it: quoted attribute values may hold anything but their quote.
const TAG = /<([a-z][\w:-]*)((?:\s+[^\s"'=<>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/gi;
const ATTRIBUTE = /([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** What no handbook may contain, whatever the model says: script, handlers, script URLs, things that load. */
function expectInert(html: string): void {
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/<(?:iframe|object|embed|img|link|form|input|base|frame)\b/i);
  const unsafe = [...html.matchAll(TAG)].flatMap(([tag, name, attributes]) =>
    [...attributes!.matchAll(ATTRIBUTE)]
      .filter(([, attribute, ...values]) => {
        const value = values.find((part) => part !== undefined) ?? '';
        if (/^on/i.test(attribute!)) return true;
        if (/^(?:href|src|xlink:href|action|formaction)$/i.test(attribute!)) return !/^(?:https?:\/\/|mailto:|#|[\w-]+\.html$)/i.test(value);
        return name!.toLowerCase() === 'meta' && /^http-equiv$/i.test(attribute!) && value.toLowerCase() === 'refresh';
      })
      .map(() => tag),
  );
  expect(unsafe).toEqual([]);
}

describe('polku docs', () => {
  it('writes the Swedish handbook of koulupolku with every stage, its guidance, the legal links and a diagram shape per flow node', async () => {
    // given
    const file = join(MODELS, 'koulupolku.bpmn');
    const xml = await readFile(file, 'utf8');
    const { pathway } = await compileBpmn(xml, { file });
    const out = await temp('sv');
    // when
    const { code, stderr } = await run('docs', file, '--lang', 'sv', '--out', out);
    // then
    expect({ code, stderr }).toMatchObject({ code: 0 });
    expect(await readdir(out)).toEqual(['index.html']);
    const html = await readFile(join(out, 'index.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>\n<html lang="sv">/);
    expect(html).toContain('<h1>Skolgången för ett placerat barn</h1>');
    const stages = Object.values(pathway!.nodes).filter((node) => !node.id.includes('/') && isStage(node));
    expect(stages.length).toBeGreaterThan(20);
    const missing = stages.flatMap((node) => {
      // The guidance's first words, up to the first markdown mark.
      const start = node.guidance.sv?.split(/[*_`[\n]/)[0]!.slice(0, 40).trim() ?? '';
      const links = node.legal.map((reference) => `<a href="${escapeHtml(reference.url!)}">${escapeHtml(`${reference.statute} ${reference.section}`)}</a>`);
      return [`id="stage-${node.id}"`, escapeHtml(node.name.sv ?? ''), escapeHtml(start), ...links].filter((text) => !html.includes(text)).map((text) => `${node.id}: ${text}`);
    });
    expect(missing).toEqual([]);
    // koulupolku is fully translated: the checks above compared real Swedish texts.
    expect(stages.filter((node) => !node.name.sv || ((node.role === 'step' || node.role === 'decision') && !node.guidance.sv)).map((node) => node.id)).toEqual([]);
    // Every answer of a decision, and where it leads.
    expect(html).toMatch(/<li><strong>Ja, den nuvarande platsen fortsätter<\/strong> → <a href="#stage-Task_KeepSchool">\d+\. Kom överens om att den nuvarande platsen fortsätter<\/a>/);
    expect(html).toContain('<strong>Brådskande placering högst</strong>: 30 kalenderdagar, startdagen räknas med <span class="basis">(LSL 38 § 2 mom.)</span>');
    // The diagram: an image with a name, and a shape for each flow node drawn in the model.
    const svg = /<svg [^>]*>[\s\S]*<\/svg>/.exec(html)![0];
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-label="Processdiagram: Skolgången för ett placerat barn"[^>]*>\n<title>Processdiagram: Skolgången för ett placerat barn<\/title>/);
    const drawn = [...xml.matchAll(/<bpmndi:BPMNShape [^>]*bpmnElement="([^"]+)"/g)].map((match) => match[1]!);
    const flowNodes = drawn.filter((id) => pathway!.nodes[id]);
    expect(flowNodes.length).toBe(Object.values(pathway!.nodes).length);
    expect(flowNodes.filter((id) => !svg.includes(`data-element="${id}"`))).toEqual([]);
    expect(svg.match(/class="sequence-flow"/g)?.length).toBe(Object.keys(pathway!.flows).length);
    expect(svg).toContain('>Skolgången för ett placerat barn<');
    // One self-contained page: only its own style, nothing fetched, nothing run.
    expectInert(html);
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; base-uri 'none'; form-action 'none'">/);
    expect(html.match(/<style>/g)).toHaveLength(1);
    expect(html).not.toMatch(/\s(?:src|srcset|poster|data)=|url\(\s*["']?https?:|@import/);
  });

  it('marks a text the page language lacks with the language it is shown in', async () => {
    // given: the events fixture is Finnish only and has no diagram
    const out = await temp('fallback');
    // when
    const { code } = await run('docs', join(CORE_FIXTURES, 'pathway.events.bpmn'), '--lang', 'en', '--out', out);
    // then
    expect(code).toBe(0);
    const html = await readFile(join(out, 'index.html'), 'utf8');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<span lang="fi">Pyydä lausunto</span>');
    expect(html).toContain('<p>The model has no diagram (BPMN DI), so none can be shown.</p>');
    expect(html).toContain('<span class="kind">Decision</span>');
    expect(html).toContain('Timer: 14 days');
  });

  it('shows an XSS vector in a model as text, never as markup', async () => {
    // given: a model whose texts and addresses try to inject markup (Polku itself already refuses a javascript: legal address)
    const folder = await temp('xss');
    const vector = `<script>alert(1)</script><img src=x onerror=alert(1)>[click](javascript:alert(1)) [c2](JaVaScRiPt:alert(1)) [c3](data:text/html,x) [c4](https://ok.example" onmouseover="alert(1)) "><svg onload=alert(1)> <a href="javascript:alert(1)">a</a> <iframe src="https://evil.example"></iframe>`;
    const attribute = escapeHtml(`"><script>alert(1)</script><img src=x onerror=alert(1)>`);
    const model = join(folder, 'docs.xss.bpmn');
    await writeFile(
      model,
      `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:polku="urn:polku:bpmn:1.0" id="Definitions_1" targetNamespace="urn:polku:test" xml:lang="fi">
  <bpmn:process id="Process_Xss" name="Testipolku ${attribute}" isExecutable="true">
    <bpmn:documentation textFormat="text/markdown">${escapeHtml(vector)}</bpmn:documentation>
    <bpmn:startEvent id="Start" name="Alku ${attribute}" />
    <bpmn:userTask id="Task_1" name="Testitapaus 1 ${attribute}">
      <bpmn:documentation textFormat="text/markdown">${escapeHtml(vector)}</bpmn:documentation>
      <bpmn:extensionElements>
        <polku:legalReference statute="LSL ${attribute}" section="1 §" url="https://finlex.fi/${attribute} onmouseover=alert(1)" />
        <polku:legalReference statute="LSL" section="2 §" url="https://finlex.fi/fi/laki/ajantasa/2007/20070417" />
        <polku:deadline name="Määräaika ${attribute}" duration="P7D" counting="working-days" basis="${attribute}" />
      </bpmn:extensionElements>
    </bpmn:userTask>
    <bpmn:exclusiveGateway id="Gateway_1" name="Kysymys ${attribute}"><bpmn:documentation>${escapeHtml(vector)}</bpmn:documentation></bpmn:exclusiveGateway>
    <bpmn:endEvent id="End_1" name="Loppu" />
    <bpmn:endEvent id="End_2" name="Loppu 2" />
    <bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Task_1" />
    <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_1" targetRef="Gateway_1" />
    <bpmn:sequenceFlow id="Flow_3" name="Kyllä ${attribute}" sourceRef="Gateway_1" targetRef="End_1" />
    <bpmn:sequenceFlow id="Flow_4" name="Ei" sourceRef="Gateway_1" targetRef="End_2" />
  </bpmn:process>
  <bpmndi:BPMNDiagram id="Diagram_1">
    <bpmndi:BPMNPlane id="Plane_1" bpmnElement="Process_Xss">
      <bpmndi:BPMNShape id="Start_di" bpmnElement="Start"><dc:Bounds x="100" y="100" width="36" height="36" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Task_1_di" bpmnElement="Task_1"><dc:Bounds x="200" y="78" width="100" height="80" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Gateway_1_di" bpmnElement="Gateway_1" isMarkerVisible="true"><dc:Bounds x="350" y="93" width="50" height="50" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="End_1_di" bpmnElement="End_1"><dc:Bounds x="450" y="100" width="36" height="36" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="End_2_di" bpmnElement="End_2"><dc:Bounds x="450" y="200" width="36" height="36" /></bpmndi:BPMNShape>
      <bpmndi:BPMNEdge id="Flow_1_di" bpmnElement="Flow_1"><di:waypoint x="136" y="118" /><di:waypoint x="200" y="118" /></bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="Flow_2_di" bpmnElement="Flow_2"><di:waypoint x="300" y="118" /><di:waypoint x="350" y="118" /></bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="Flow_3_di" bpmnElement="Flow_3"><di:waypoint x="400" y="118" /><di:waypoint x="450" y="118" /></bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="Flow_4_di" bpmnElement="Flow_4"><di:waypoint x="375" y="143" /><di:waypoint x="375" y="218" /><di:waypoint x="450" y="218" /></bpmndi:BPMNEdge>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>
`,
    );
    const out = await temp('xss-out');
    // when
    const { code, stderr } = await run('docs', model, '--out', out);
    // then
    expect({ code, stderr }).toMatchObject({ code: 0 });
    const html = await readFile(join(out, 'index.html'), 'utf8');
    expectInert(html);
    // The text is still there for a reader to see, escaped.
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('<a href="https://finlex.fi/fi/laki/ajantasa/2007/20070417">LSL 2 §</a>');
    expect(html).toContain('<li>LSL &quot;&gt;&lt;script&gt;');
    expect(html).toContain('data-element="Task_1"');
  });

  it('writes a handbook per model and an index, linking a call activity to the handbook of the model it calls', async () => {
    // given
    const out = await temp('many');
    const files = ['lastensuojelu-asiakasprosessi.bpmn', 'kiireellinen-sijoitus.bpmn', 'huostaanotto.bpmn'].map((name) => join(MODELS, name));
    // when
    const { code, stderr } = await run('docs', ...files, '--lang', 'en', '--out', out);
    // then
    expect({ code, stderr }).toMatchObject({ code: 0 });
    expect((await readdir(out)).toSorted()).toEqual(['huostaanotto.html', 'index.html', 'kiireellinen-sijoitus.html', 'lastensuojelu-asiakasprosessi.html']);
    const index = await readFile(join(out, 'index.html'), 'utf8');
    expect(index.match(/<li><h2><a href="[\w-]+\.html">/g)).toHaveLength(3);
    const process = await readFile(join(out, 'lastensuojelu-asiakasprosessi.html'), 'utf8');
    expect(process).toMatch(/Opens the pathway <a href="kiireellinen-sijoitus\.html">[^<]+<\/a>\./);
    expect(process).toMatch(/Opens the pathway <a href="huostaanotto\.html">/);
    expectInert(process);
  });

  it('leaves out a model with errors, names it and writes the others', async () => {
    // given
    const out = await temp('broken');
    // when
    const { code, stderr } = await run('docs', unsupported, join(CORE_FIXTURES, 'pathway.conditions.bpmn'), '--out', out);
    // then
    expect(code).toBe(1);
    expect(stderr).toContain('cli.unsupported-complex-gateway.bpmn left out: unsupported-element');
    expect((await readdir(out)).toSorted()).toEqual(['index.html', 'pathway.conditions.html']);
  });

  it('exits 2 on usage errors', async () => {
    const model = join(CORE_FIXTURES, 'pathway.conditions.bpmn');
    expect(await run('docs', model)).toMatchObject({ code: 2, stderr: expect.stringContaining('needs --out <dir>') });
    expect(await run('docs', '--out', 'x')).toMatchObject({ code: 2, stderr: expect.stringContaining('at least one') });
    expect(await run('docs', model, '--out', 'x', '--lang', 'de')).toMatchObject({ code: 2, stderr: expect.stringContaining('--lang must be fi, sv, en') });
    expect(await run('docs', model, '--out', 'x', '--target', 'camunda8')).toMatchObject({ code: 2, stderr: expect.stringContaining('--target is an option of polku export') });
    expect(await run('docs', 'no/such/model.bpmn', '--out', 'x')).toMatchObject({ code: 2, stderr: expect.stringContaining('no such file') });
    expect(await run('docs', '--help')).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Usage: polku docs/) });
  });
});

describe('the handbook markdown', () => {
  it.each([
    ['a paragraph with **strong**, *em* and `code`', '<p>a paragraph with <strong>strong</strong>, <em>em</em> and <code>code</code></p>'],
    ['- one\n- two\n  more', '<ul>\n<li>one</li>\n<li>two\nmore</li>\n</ul>'],
    ['1. one\n2. two', '<ol>\n<li>one</li>\n<li>two</li>\n</ol>'],
    ['# Title', '<h4>Title</h4>'],
    ['[Finlex](https://finlex.fi/fi/laki/ajantasa/2007/20070417) and snake_case_name', '<p><a href="https://finlex.fi/fi/laki/ajantasa/2007/20070417">Finlex</a> and snake_case_name</p>'],
    ['> quoted', '<blockquote><p>quoted</p></blockquote>'],
  ])('renders %j', (markdown, html) => {
    expect(renderMarkdown(markdown)).toBe(html);
  });

  it.each([
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '[x](javascript:alert(1))',
    '[x](java\tscript:alert(1))',
    '[x](&#106;avascript:alert(1))',
    '[x](data:text/html;base64,PHNjcmlwdD4=)',
    '[x](https://ok.example" onclick="alert(1))',
    '<https://ok.example" onclick="alert(1)>',
    '`</code><script>alert(1)</script>`',
    '**<svg onload=alert(1)>**',
    '<a href="javascript:alert(1)">x</a>',
    '```\n</pre><script>alert(1)</script>\n```',
  ])('keeps %j inert', (markdown) => {
    const html = renderMarkdown(markdown);
    expectInert(html);
    expect(html).not.toMatch(/<(?!\/?(?:p|ul|ol|li|strong|em|del|code|pre|blockquote|hr|br|h[4-6]|a)\b)/);
  });
});
