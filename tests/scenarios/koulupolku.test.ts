/**
 * The placed child's school path (models/koulupolku.bpmn): the typical cases of issue #4 as
 * walkthroughs, with the stages, roles and deadlines a worker sees. Dates are fixed so the
 * statutory deadlines are exact.
 */
import type { Pathway } from '@polku/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { answers, endsReached, loadModel, stages, startWalk } from './_support/scenario.js';

const SOCIAL_WORKER = 'Lapsen asioista vastaava sosiaalityöntekijä';
let model: Pathway;

beforeAll(async () => {
  model = await loadModel('koulupolku.bpmn');
});

describe('an emergency placement of a 9-year-old in another municipality', () => {
  it('asks the placement type first, as the social worker', () => {
    const walk = startWalk(model, '2026-03-02');
    expect(stages(walk)).toEqual([expect.objectContaining({ id: 'Gateway_PlacementType', role: SOCIAL_WORKER })]);
    expect(answers(walk, 'Gateway_PlacementType')).toMatchObject({ Flow_Emergency: 'Kiireellinen sijoitus' });
  });

  it('goes through basic education and tells the receiving county, and closes', () => {
    const walk = startWalk(model, '2026-03-02');
    walk.choose('Gateway_PlacementType', 'Flow_Emergency');
    expect(walk.active).toEqual(['Task_Emergency']);
    walk.complete('Task_Emergency');
    walk.complete('Task_Prepare');
    walk.choose('Gateway_Continuity', 'Flow_ChangeSchool');
    walk.choose('Gateway_AgeGroup', 'Flow_BasicEducation');
    walk.complete('Task_ArrangeBasic');
    expect(walk.active.toSorted()).toEqual(['Gateway_ReceivingCounty', 'Task_PlacementPrepares', 'Task_TransferInfo']);
    walk.choose('Gateway_ReceivingCounty', 'Flow_OtherCounty');
    expect(walk.active).toContain('Task_NotifyReceivingCounty');
    for (const id of ['Task_NotifyReceivingCounty', 'Task_TransferInfo', 'Task_PlacementPrepares', 'Task_StartMeeting', 'Task_RecordPlan', 'Task_FollowUp']) walk.complete(id);
    walk.choose('Gateway_FollowUp', 'Flow_ClientEnds');
    walk.complete('Task_Close');
    expect(walk.done).toBe(true);
    expect(endsReached(walk)).toEqual(['End_SchoolPathClosed']);
  });
});
