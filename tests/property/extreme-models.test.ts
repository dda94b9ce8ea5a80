import { compileBpmn } from '@polku/core/compiler';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs, SEED } from './_support/arbitraries.js';

// Far below the 16 MiB input limit: a few hundred bytes per element.
const head = '<?xml version="1.0" encoding="UTF-8"?>\n<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="Definitions_1" targetNamespace="urn:polku:test" xml:lang="fi">\n<bpmn:process id="Process_1" isExecutable="true">\n';
const tail = '</bpmn:process>\n</bpmn:definitions>\n';

/** Start, one user task, `length` service tasks in a row (they complete by themselves), end. */
function systemTaskChain(length: number): string {
  const parts = [
    '<bpmn:startEvent id="Start" /><bpmn:userTask id="Task" name="Tee"><bpmn:documentation>Tee.</bpmn:documentation></bpmn:userTask><bpmn:endEvent id="End" />',
    '<bpmn:sequenceFlow id="Flow_Start" sourceRef="Start" targetRef="Task" /><bpmn:sequenceFlow id="Flow_Task" sourceRef="Task" targetRef="Service_0" />',
  ];
  for (let index = 0; index < length; index++) {
    parts.push(`<bpmn:serviceTask id="Service_${index}" /><bpmn:sequenceFlow id="Flow_${index}" sourceRef="Service_${index}" targetRef="${index + 1 < length ? `Service_${index + 1}` : 'End'}" />`);
  }
  return head + parts.join('\n') + tail;
}

/** `depth` embedded sub-processes, each the only activity of the one around it. */
function nestedSubProcesses(depth: number): string {
  let open = '';
  let close = '';
  for (let level = 0; level < depth; level++) {
    const inner = level + 1 < depth ? `Sub_${level + 1}` : `End_${level}`;
    open += `<bpmn:subProcess id="Sub_${level}"><bpmn:startEvent id="Start_${level}" />\n`;
    const leave = level + 1 < depth ? `<bpmn:sequenceFlow id="Out_${level}" sourceRef="Sub_${level + 1}" targetRef="End_${level}" />` : '';
    close = `<bpmn:endEvent id="End_${level}" /><bpmn:sequenceFlow id="In_${level}" sourceRef="Start_${level}" targetRef="${inner}" />${leave}</bpmn:subProcess>\n${close}`;
  }
  const outer = '<bpmn:startEvent id="Start" /><bpmn:endEvent id="End" /><bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Sub_0" /><bpmn:sequenceFlow id="Flow_2" sourceRef="Sub_0" targetRef="End" />\n';
  return head + outer + open + close + tail;
}

// A pathway, or diagnostics with an error saying why not; a rejection fails with its own error.
async function outcomeOf(xml: string): Promise<'pathway' | 'diagnostics' | 'neither'> {
  const { pathway, diagnostics } = await compileBpmn(xml, { file: 'extreme.bpmn' });
  if (pathway) return 'pathway';
  return diagnostics.some((diagnostic) => diagnostic.severity === 'error') ? 'diagnostics' : 'neither';
}

describe(`extreme but small models (fast-check seed ${SEED})`, () => {
  // Once a RangeError (findPassOnlyCycles recursed once per element that completes by itself);
  // the search is iterative now.
  it('compile long chains of system tasks into a pathway or diagnostics, never a stack overflow', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 8_000, max: 12_000 }), async (length) => {
        expect(await outcomeOf(systemTaskChain(length))).not.toBe('neither');
      }),
      { ...runs(2), endOnFailure: true },
    );
  }, 60_000);

  // Once a RangeError (readContainer and later stages recurse per level); nesting past 100
  // levels is now refused with `nesting-too-deep` before any recursive stage.
  it('compile sub-processes nested thousands deep into a pathway or diagnostics, never a stack overflow', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 4_000, max: 6_000 }), async (depth) => {
        expect(await outcomeOf(nestedSubProcesses(depth))).not.toBe('neither');
      }),
      { ...runs(2), endOnFailure: true },
    );
  }, 60_000);

  it('compile the same shapes at a modest size into pathways', async () => {
    expect([await outcomeOf(systemTaskChain(500)), await outcomeOf(nestedSubProcesses(100))]).toEqual(['pathway', 'pathway']);
  }, 60_000);
});
