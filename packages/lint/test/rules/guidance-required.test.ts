import { bpmn, decision, extensions, translation } from '../_support/bpmn.js';
import { ruleTable } from '../_support/rule-table.js';

const NO_GUIDANCE = "has no guidance in the model's language (fi)";

ruleTable('guidance-required', {
  valid: [
    {
      it: 'a user task with Finnish documentation',
      xml: bpmn('<bpmn:userTask id="Task_1" name="Testitapaus"><bpmn:documentation textFormat="text/markdown">Tee **näin**.</bpmn:documentation></bpmn:userTask>'),
    },
    {
      it: 'plain and manual tasks with documentation',
      xml: bpmn('<bpmn:task id="Task_1"><bpmn:documentation>Tee näin.</bpmn:documentation></bpmn:task><bpmn:manualTask id="Task_2"><bpmn:documentation>Tee näin.</bpmn:documentation></bpmn:manualTask>'),
    },
    {
      it: 'a service task without documentation, which no worker performs',
      xml: bpmn('<bpmn:serviceTask id="Task_1" name="Testitapaus" />'),
    },
    {
      it: 'a worker decision with documentation',
      xml: bpmn(decision('Gateway_1', { name: 'Onko tarve?', documentation: 'Valitse arvion mukaan.' })),
    },
    {
      it: 'a gateway decided by conditions, which shows the worker no question',
      xml: bpmn(decision('Gateway_1', { name: 'Ikä', flows: [{ id: 'Flow_A', name: 'Alle 7', body: '<bpmn:conditionExpression>= age &lt; 7</bpmn:conditionExpression>' }, { id: 'Flow_B', name: 'Muuten' }], gatewayAttributes: ' default="Flow_B"' })),
    },
    {
      it: 'a merging exclusive gateway without documentation',
      xml: bpmn('<bpmn:exclusiveGateway id="Gateway_1"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:exclusiveGateway><bpmn:endEvent id="End_1" /><bpmn:sequenceFlow id="Flow_1" sourceRef="Gateway_1" targetRef="End_1" />'),
    },
    {
      it: 'documentation in a Swedish model, which is the model language there',
      xml: bpmn('<bpmn:userTask id="Task_1"><bpmn:documentation>Gör så här.</bpmn:documentation></bpmn:userTask>', { lang: 'sv' }),
    },
    {
      it: 'guidance given as a translation in the model language',
      xml: bpmn(`<bpmn:userTask id="Task_1">${extensions(translation('fi', 'Tee näin.', 'documentation'))}</bpmn:userTask>`),
    },
  ],
  invalid: [
    {
      it: 'a user task without documentation',
      xml: bpmn('<bpmn:userTask id="Task_1" name="Testitapaus" />'),
      reports: [{ id: 'Task_1', message: `Task ${NO_GUIDANCE}; add documentation` }],
    },
    {
      it: 'plain and manual tasks whose documentation is blank',
      xml: bpmn('<bpmn:task id="Task_1"><bpmn:documentation>  </bpmn:documentation></bpmn:task><bpmn:manualTask id="Task_2" />'),
      reports: [{ id: 'Task_1', message: NO_GUIDANCE }, { id: 'Task_2', message: NO_GUIDANCE }],
    },
    {
      it: 'a task with only Swedish guidance in a Finnish model',
      xml: bpmn(`<bpmn:userTask id="Task_1">${extensions(translation('sv', 'Gör så här.', 'documentation'))}</bpmn:userTask>`),
      reports: [{ id: 'Task_1', message: NO_GUIDANCE }],
    },
    {
      it: 'a task with a name translation but no guidance',
      xml: bpmn(`<bpmn:userTask id="Task_1">${extensions(translation('fi', 'Testitapaus'))}</bpmn:userTask>`),
      reports: [{ id: 'Task_1', message: NO_GUIDANCE }],
    },
    {
      it: 'a worker decision without documentation',
      xml: bpmn(decision('Gateway_1', { name: 'Onko tarve?' })),
      reports: [{ id: 'Gateway_1', message: `Decision ${NO_GUIDANCE}` }],
    },
    {
      it: 'a worker decision whose flows are only given by sourceRef',
      xml: bpmn(decision('Gateway_1', { name: 'Onko tarve?', outgoingRefs: false })),
      reports: [{ id: 'Gateway_1', message: `Decision ${NO_GUIDANCE}` }],
    },
    {
      it: 'a task in a model without xml:lang, which counts as Finnish',
      xml: bpmn(`<bpmn:userTask id="Task_1">${extensions(translation('sv', 'Gör så här.', 'documentation'))}</bpmn:userTask>`, { lang: null }),
      reports: [{ id: 'Task_1', message: NO_GUIDANCE }],
    },
    {
      it: 'a task in a Swedish model with only Finnish guidance',
      xml: bpmn(`<bpmn:userTask id="Task_1">${extensions(translation('fi', 'Tee näin.', 'documentation'))}</bpmn:userTask>`, { lang: 'sv' }),
      reports: [{ id: 'Task_1', message: "has no guidance in the model's language (sv)" }],
    },
  ],
});
