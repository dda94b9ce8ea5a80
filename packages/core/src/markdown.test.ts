import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bpmn } from '../test/bpmn.js';
import { loadPathway } from './compiler.js';
import { guidanceToHtml, withGuidanceHtml } from './markdown.js';

const GUIDED = bpmn(`
  <bpmn:documentation textFormat="text/markdown">Koko polun ohje</bpmn:documentation>
  <bpmn:startEvent id="Start"><bpmn:documentation># Alku

Lue **tämä**.</bpmn:documentation></bpmn:startEvent>
  <bpmn:userTask id="Task_A" name="A">
    <bpmn:documentation textFormat="text/markdown">- yksi
- kaksi</bpmn:documentation>
    <bpmn:extensionElements>
      <i18n:translation xml:lang="sv" target="documentation">- ett</i18n:translation>
      <i18n:translation xml:lang="en" target="documentation">- one</i18n:translation>
    </bpmn:extensionElements>
  </bpmn:userTask>
  <bpmn:endEvent id="End" />
  <bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Task_A" />
  <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_A" targetRef="End" />`);

describe('guidanceToHtml', () => {
  it('renders GitHub-flavoured Markdown with headings three levels down, under the stage heading', () => {
    // when
    const html = guidanceToHtml('# Otsikko\n\n## Ala\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n~~pois~~');
    // then
    expect(html).toContain('<h4>Otsikko</h4>');
    expect(html).toContain('<h5>Ala</h5>');
    expect(html).toContain('<table>');
    expect(html).toContain('<del>pois</del>');
  });

  it('never goes deeper than <h6>', () => {
    expect(guidanceToHtml('#### Syvä')).toBe('<h6>Syvä</h6>\n');
  });
});

describe('withGuidanceHtml', () => {
  it('renders the guidance of the pathway and of every node, in every language, and says so', async () => {
    // given
    const pathway = await loadPathway(GUIDED, { file: 'guided.bpmn' });
    // when
    const rendered = withGuidanceHtml(pathway);
    // then
    expect(rendered.guidanceFormat).toBe('text/html');
    expect(rendered.guidance).toEqual({ fi: '<p>Koko polun ohje</p>\n' });
    expect(rendered.nodes.Start!.guidance).toEqual({ fi: '<h4>Alku</h4>\n<p>Lue <strong>tämä</strong>.</p>\n' });
    expect(rendered.nodes.Task_A!.guidance).toEqual({
      fi: '<ul>\n<li>yksi</li>\n<li>kaksi</li>\n</ul>\n',
      sv: '<ul>\n<li>ett</li>\n</ul>\n',
      en: '<ul>\n<li>one</li>\n</ul>\n',
    });
    expect(rendered.nodes.End!.guidance).toEqual({});
  });

  it('keeps the content hash and everything but the guidance, and leaves the given pathway as it was', async () => {
    // given
    const pathway = await loadPathway(GUIDED, { file: 'guided.bpmn' });
    const before = JSON.stringify(pathway);
    // when
    const rendered = withGuidanceHtml(pathway);
    // then
    expect(JSON.stringify(pathway)).toBe(before);
    expect(pathway.guidanceFormat).toBeUndefined();
    const withoutGuidance = (value: typeof pathway) => ({
      ...value,
      guidance: undefined,
      guidanceFormat: undefined,
      nodes: Object.fromEntries(Object.entries(value.nodes).map(([id, node]) => [id, { ...node, guidance: undefined }])),
    });
    expect(withoutGuidance(rendered)).toEqual(withoutGuidance(pathway));
    expect(rendered.hash).toBe(pathway.hash);
  });

  it('renders a pathway only once', async () => {
    // given
    const rendered = withGuidanceHtml(await loadPathway(GUIDED, { file: 'guided.bpmn' }));
    // when, then
    expect(withGuidanceHtml(rendered)).toBe(rendered);
  });

  it('renders every guidance text of the school path model as the browser would', async () => {
    // given
    const file = join(import.meta.dirname, '..', '..', '..', 'models', 'koulupolku.bpmn');
    const pathway = await loadPathway(readFileSync(file, 'utf8'), { file });
    // when
    const rendered = withGuidanceHtml(pathway);
    // then
    let count = 0;
    for (const [id, node] of Object.entries(pathway.nodes)) {
      for (const [lang, text] of Object.entries(node.guidance)) {
        count++;
        expect({ id, lang, html: rendered.nodes[id]!.guidance[lang] }).toEqual({ id, lang, html: guidanceToHtml(text!) });
      }
    }
    expect(count).toBeGreaterThan(80);
  });
});
