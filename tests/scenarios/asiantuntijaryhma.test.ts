/**
 * Consulting the child welfare expert group (models/asiantuntijaryhma.bpmn, LSL 14 §): typical
 * cases as walkthroughs, with the stages and roles a worker sees. The law sets no time limit on
 * the consultation itself, so no stage may show a deadline.
 */
import type { Pathway } from '@polku/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { answers, endsReached, loadModel, stages, startWalk } from './_support/scenario.js';

const SOCIAL_WORKER = 'Lapsen asioista vastaava sosiaalityöntekijä';
const CHAIR = 'Asiantuntijaryhmän puheenjohtaja tai sihteeri';
const GROUP = 'Lastensuojelun asiantuntijaryhmä';
let model: Pathway;

beforeAll(async () => {
  model = await loadModel('asiantuntijaryhma.bpmn');
});

describe('a care order being prepared, discussed anonymously', () => {
  it('goes from the social worker to the chair, the group and back, and ends with the statement used', () => {
    const walk = startWalk(model, '2026-04-07');
    expect(stages(walk)).toEqual([{ id: 'Task_AssessNeed', name: 'Arvioi esihenkilön kanssa, mikä foorumi sopii', role: SOCIAL_WORKER, deadlines: [] }]);
    walk.complete('Task_AssessNeed');
    expect(answers(walk, 'Gateway_Forum')).toEqual({ Flow_ToGroup: 'Kyllä, asiantuntijaryhmään', Flow_OtherForum: 'Ei, muu foorumi riittää' });
    walk.choose('Gateway_Forum', 'Flow_ToGroup');
    expect(stages(walk)).toEqual([{ id: 'Task_FormulateQuestion', name: 'Muotoile kysymys ja kokoa taustatiedot', role: SOCIAL_WORKER, deadlines: [] }]);
    walk.complete('Task_FormulateQuestion');
    walk.choose('Gateway_Participation', 'Flow_Anonymous');
    expect(stages(walk)).toEqual([{ id: 'Task_PrepareAnonymous', name: 'Valmistele nimetön esittely', role: SOCIAL_WORKER, deadlines: [] }]);
    walk.complete('Task_PrepareAnonymous');
    expect(stages(walk)).toEqual([{ id: 'Task_Agenda', name: 'Ota asia kokouksen asialistalle', role: CHAIR, deadlines: [] }]);
    walk.complete('Task_Agenda');
    // The monthly meeting.
    walk.setDay('2026-04-21');
    expect(stages(walk)).toEqual([{ id: 'Task_GroupMeeting', name: 'Käsittele asia asiantuntijaryhmässä', role: GROUP, deadlines: [] }]);
    walk.complete('Task_GroupMeeting');
    expect(stages(walk)).toEqual([{ id: 'Task_Statement', name: 'Laadi kirjallinen lausunto', role: CHAIR, deadlines: [] }]);
    walk.complete('Task_Statement', { statementDate: '2026-04-23' });
    expect(stages(walk)).toEqual([{ id: 'Task_UseStatement', name: 'Käytä lausuntoa asian valmistelussa', role: SOCIAL_WORKER, deadlines: [] }]);
    walk.complete('Task_UseStatement');
    walk.choose('Gateway_Return', 'Flow_StatementEnough');
    expect(walk.done).toBe(true);
    expect(endsReached(walk)).toEqual(['End_StatementUsed']);
    expect(walk.trace()).not.toContain('Task_PrepareFamily');
  });
});

describe('a choice of placement discussed with the family, brought back once', () => {
  it('prepares the family, and the second round goes through the question again', () => {
    const walk = startWalk(model, '2026-10-05');
    walk.complete('Task_AssessNeed');
    walk.choose('Gateway_Forum', 'Flow_ToGroup');
    walk.complete('Task_FormulateQuestion');
    walk.choose('Gateway_Participation', 'Flow_FamilyTakesPart');
    expect(stages(walk)).toEqual([{ id: 'Task_PrepareFamily', name: 'Valmistele perhe osallistumaan', role: SOCIAL_WORKER, deadlines: [] }]);
    for (const id of ['Task_PrepareFamily', 'Task_Agenda', 'Task_GroupMeeting', 'Task_Statement', 'Task_UseStatement']) walk.complete(id);
    walk.choose('Gateway_Return', 'Flow_BackToGroup');
    expect(stages(walk)).toEqual([expect.objectContaining({ id: 'Task_FormulateQuestion', role: SOCIAL_WORKER })]);
    walk.complete('Task_FormulateQuestion');
    walk.choose('Gateway_Participation', 'Flow_FamilyTakesPart');
    for (const id of ['Task_PrepareFamily', 'Task_Agenda', 'Task_GroupMeeting', 'Task_Statement', 'Task_UseStatement']) walk.complete(id);
    walk.choose('Gateway_Return', 'Flow_StatementEnough');
    expect(endsReached(walk)).toEqual(['End_StatementUsed']);
    expect(walk.trace().filter((id) => id === 'Task_GroupMeeting')).toHaveLength(2);
  });
});

describe('a question the systemic team can answer', () => {
  it('ends without the group', () => {
    const walk = startWalk(model, '2026-06-01');
    walk.complete('Task_AssessNeed');
    expect(stages(walk)).toEqual([expect.objectContaining({ id: 'Gateway_Forum', role: SOCIAL_WORKER, deadlines: [] })]);
    walk.choose('Gateway_Forum', 'Flow_OtherForum');
    expect(walk.done).toBe(true);
    expect(endsReached(walk)).toEqual(['End_OtherForum']);
  });
});
