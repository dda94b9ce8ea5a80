import { compileBpmn } from '@polku/core/compiler';
import { lintModel } from 'bpmnlint-plugin-polku/lint-model';
import { describe, expect, it } from 'vitest';
import { declareNamespaces } from '../src/features/namespaces/PolkuNamespaces.js';
import { newPathwayXml } from '../src/template.js';

describe('the new-model template', () => {
  it('compiles to a walkable pathway and lints clean, translations included', async () => {
    // when
    const { pathway, diagnostics } = await compileBpmn(newPathwayXml(), { file: 'uusi-polku.bpmn' });
    // then
    expect(diagnostics).toEqual([]);
    expect(pathway?.nodes.Task_FirstStep?.name).toEqual({ fi: 'Ensimmäinen vaihe', sv: 'Första steget', en: 'First step' });
    expect(await lintModel(newPathwayXml())).toEqual([]);
  });

  it('declares the polku: and i18n: namespaces and Finnish as the model language', () => {
    expect(newPathwayXml()).toMatch(/<bpmn:definitions [^>]*xmlns:polku="urn:polku:bpmn:1\.0"[^>]*xml:lang="fi"/);
    expect(newPathwayXml()).toContain('xmlns:i18n="http://www.omg.org/spec/BPMN/non-normative/extensions/i18n/1.0"');
  });
});

describe('declareNamespaces', () => {
  const plain = '<?xml version="1.0" encoding="UTF-8"?>\n<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D">\n  <bpmn:process id="P" />\n</bpmn:definitions>\n';

  it('adds the namespaces bpmn-moddle left out because nothing used them', () => {
    expect(declareNamespaces(plain)).toBe(plain.replace('<bpmn:definitions ', '<bpmn:definitions xmlns:i18n="http://www.omg.org/spec/BPMN/non-normative/extensions/i18n/1.0" xmlns:polku="urn:polku:bpmn:1.0" '));
  });

  it('leaves a root that declares them, under any prefix, as it is', () => {
    const declared = plain.replace('id="D"', 'xmlns:p="urn:polku:bpmn:1.0" xmlns:i18n="http://www.omg.org/spec/BPMN/non-normative/extensions/i18n/1.0" id="D"');
    expect(declareNamespaces(declared)).toBe(declared);
  });
});
