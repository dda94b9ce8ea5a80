import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** Wraps process content into a Finnish-language BPMN definitions document. */
export function bpmn(processBody: string, { extraRoot = '', processId = 'Process_1' } = {}): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:i18n="http://www.omg.org/spec/BPMN/non-normative/extensions/i18n/1.0" xmlns:polku="urn:polku:bpmn:1.0" id="Definitions_1" targetNamespace="urn:polku:test" xml:lang="fi">
  <bpmn:process id="${processId}" isExecutable="true">
${processBody}
  </bpmn:process>${extraRoot}
</bpmn:definitions>
`;
}

/** A straight line start → tasks → end, with guidance on every task. */
export function line(...taskIds: string[]): string {
  const ids = ['Start', ...taskIds, 'End'];
  const nodes = [
    '<bpmn:startEvent id="Start" />',
    ...taskIds.map((id) => `<bpmn:userTask id="${id}" name="${id}"><bpmn:documentation>Ohje ${id}</bpmn:documentation></bpmn:userTask>`),
    '<bpmn:endEvent id="End" name="Loppu" />',
  ];
  const flows = ids.slice(1).map((id, index) => `<bpmn:sequenceFlow id="Flow_${index}" sourceRef="${ids[index]}" targetRef="${id}" />`);
  return [...nodes, ...flows].join('\n');
}

/** Reads a fixture next to the tests. */
export function fixture(name: string): string {
  return readFileSync(join(here, 'fixtures', name), 'utf8');
}
