import { bpmn, decision } from '../_support/bpmn.js';
import { ruleTable } from '../_support/rule-table.js';

const CONDITION = '<bpmn:conditionExpression>= age &lt; 7</bpmn:conditionExpression>';

ruleTable('decision-named', {
  valid: [
    {
      it: 'a decision named with its question whose flows are named with the answers',
      xml: bpmn(decision('Gateway_1', { name: 'Onko tarve?' })),
    },
    {
      it: 'a merging exclusive gateway without a name',
      xml: bpmn('<bpmn:exclusiveGateway id="Gateway_1"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:exclusiveGateway><bpmn:endEvent id="End_1" /><bpmn:sequenceFlow id="Flow_1" sourceRef="Gateway_1" targetRef="End_1" />'),
    },
    {
      it: 'a parallel fork without names',
      xml: bpmn('<bpmn:parallelGateway id="Gateway_1" /><bpmn:endEvent id="End_1" /><bpmn:endEvent id="End_2" /><bpmn:sequenceFlow id="Flow_1" sourceRef="Gateway_1" targetRef="End_1" /><bpmn:sequenceFlow id="Flow_2" sourceRef="Gateway_1" targetRef="End_2" />'),
    },
    {
      it: 'a gateway decided by conditions whose flows, default included, are named',
      xml: bpmn(decision('Gateway_1', { name: 'Ikä', flows: [{ id: 'Flow_A', name: 'Alle 7', body: CONDITION }, { id: 'Flow_B', name: 'Muuten' }], gatewayAttributes: ' default="Flow_B"' })),
    },
  ],
  invalid: [
    {
      it: 'a decision without a name',
      xml: bpmn(decision('Gateway_1')),
      reports: [{ id: 'Gateway_1', message: 'Decision has no name; name it with the question' }],
    },
    {
      it: 'a decision whose name is blank',
      xml: bpmn(decision('Gateway_1', { name: ' ' })),
      reports: [{ id: 'Gateway_1', message: 'Decision has no name' }],
    },
    {
      it: 'an answer without a name, naming the decision it leaves',
      xml: bpmn(decision('Gateway_1', { name: 'Onko tarve?', flows: [{ id: 'Flow_Yes', name: 'Kyllä' }, { id: 'Flow_No' }] })),
      reports: [{ id: 'Flow_No', message: 'Sequence flow leaves the decision <bpmn:ExclusiveGateway id="Gateway_1"> without a name; name it with the answer' }],
    },
    {
      it: 'the unnamed default flow of a gateway decided by conditions',
      xml: bpmn(decision('Gateway_1', { name: 'Ikä', flows: [{ id: 'Flow_A', name: 'Alle 7', body: CONDITION }, { id: 'Flow_B' }], gatewayAttributes: ' default="Flow_B"' })),
      reports: [{ id: 'Flow_B', message: 'without a name' }],
    },
    {
      it: 'an unnamed decision and answers whose flows are only given by sourceRef',
      xml: bpmn(decision('Gateway_1', { outgoingRefs: false, flows: [{ id: 'Flow_1' }, { id: 'Flow_2' }] })),
      reports: [
        { id: 'Gateway_1', message: 'Decision has no name' },
        { id: 'Flow_1', message: 'without a name' },
        { id: 'Flow_2', message: 'without a name' },
      ],
    },
  ],
});
