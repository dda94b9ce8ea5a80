import { bpmn, extensions } from '../_support/bpmn.js';
import { ruleTable } from '../_support/rule-table.js';

function taskWithDeadline(attributes: string): string {
  return bpmn(`<bpmn:userTask id="Task_1">${extensions(`<polku:deadline name="Aloitus" ${attributes} />`)}</bpmn:userTask>`);
}

ruleTable('deadline-basis-required', {
  valid: [
    {
      it: 'a deadline with basis, duration and counting',
      xml: taskWithDeadline('duration="P7D" counting="working-days" basis="LSL 26 § 5 mom."'),
    },
    {
      it: 'a deadline without counting, which is calendar time by default',
      xml: taskWithDeadline('duration="P3M" basis="LSL 27 §"'),
    },
    {
      it: 'weeks, hours and combined durations',
      xml: bpmn(`<bpmn:userTask id="Task_1">${extensions(
        '<polku:deadline duration="P2W" basis="LSL 26 §" />',
        '<polku:deadline duration="PT48H" basis="LSL 26 §" />',
        '<polku:deadline duration="P1Y2M10DT2H" counting="calendar" basis="LSL 26 §" />',
      )}</bpmn:userTask>`),
    },
    {
      it: 'an element without deadlines',
      xml: bpmn('<bpmn:userTask id="Task_1" />'),
    },
  ],
  invalid: [
    {
      it: 'a deadline without a basis, against the element that holds it',
      xml: taskWithDeadline('duration="P7D" counting="working-days"'),
      reports: [{ id: 'Task_1', message: 'Deadline "Aloitus" has no legal basis; set basis' }],
    },
    {
      it: 'a deadline whose basis is blank',
      xml: taskWithDeadline('duration="P7D" basis="  "'),
      reports: [{ id: 'Task_1', message: 'has no legal basis' }],
    },
    {
      it: 'a duration in words',
      xml: taskWithDeadline('duration="7 päivää" basis="LSL 26 §"'),
      reports: [{ id: 'Task_1', message: 'has duration "7 päivää", which is not an ISO 8601 duration' }],
    },
    {
      it: 'durations with no amount',
      xml: bpmn(`<bpmn:userTask id="Task_1">${extensions('<polku:deadline duration="P" basis="LSL 26 §" />', '<polku:deadline duration="P1DT" basis="LSL 26 §" />')}</bpmn:userTask>`),
      reports: [
        { id: 'Task_1', message: 'Deadline has duration "P", which is not' },
        { id: 'Task_1', message: 'Deadline has duration "P1DT", which is not' },
      ],
    },
    {
      it: 'a deadline without a duration',
      xml: taskWithDeadline('basis="LSL 26 §"'),
      reports: [{ id: 'Task_1', message: 'has no duration' }],
    },
    {
      it: 'an unknown counting',
      xml: taskWithDeadline('duration="P7D" counting="arkipäivät" basis="LSL 26 §"'),
      reports: [{ id: 'Task_1', message: 'has counting "arkipäivät"; use "working-days" or "calendar"' }],
    },
    {
      it: 'a deadline wrong in every way on a start event, once per problem',
      xml: bpmn(`<bpmn:startEvent id="Start_1">${extensions('<polku:deadline duration="seitsemän" counting="weeks" />')}</bpmn:startEvent>`),
      reports: [
        { id: 'Start_1', message: 'no legal basis' },
        { id: 'Start_1', message: 'not an ISO 8601 duration' },
        { id: 'Start_1', message: 'has counting "weeks"' },
      ],
    },
  ],
});
