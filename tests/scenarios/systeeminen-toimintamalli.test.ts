/**
 * The systemic practice model (models/systeeminen-toimintamalli.bpmn): typical cases of a
 * systemic team as walkthroughs, with the stages, roles and deadlines a worker sees. Dates are
 * fixed so the statutory deadlines are exact.
 */
import type { Pathway } from '@polku/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { answers, endsReached, loadModel, stages, startWalk, type ScenarioWalk } from './_support/scenario.js';

const SOCIAL_WORKER = 'Lapsen asioista vastaava sosiaalityöntekijä';
const TEAM = 'Systeeminen tiimi';
const WORK_PAIR = 'Työpari';
const OFFICIAL = 'Toimivaltainen viranhaltija';
let model: Pathway;

beforeAll(async () => {
  model = await loadModel('systeeminen-toimintamalli.bpmn');
});

/** Allocation, preparation and the first weekly meeting, as every case starts. */
function toFirstMeetingOutcome(walk: ScenarioWalk): void {
  walk.complete('Task_Allocate');
  walk.complete('Task_Prepare');
  walk.complete('Task_WeeklyMeeting');
}

describe('a new assessment worked in the team until the goal is reached', () => {
  it('allocates in the team, prepares as the social worker and meets as the team', () => {
    const walk = startWalk(model, '2026-03-02');
    expect(stages(walk)).toEqual([{ id: 'Task_Allocate', name: 'Osoita asia tiimin sosiaalityöntekijälle', role: TEAM, deadlines: [] }]);
    walk.complete('Task_Allocate');
    expect(stages(walk)).toEqual([{ id: 'Task_Prepare', name: 'Valmistele asia: sukupuu ja aikajana', role: SOCIAL_WORKER, deadlines: [] }]);
    walk.complete('Task_Prepare');
    expect(stages(walk)).toEqual([expect.objectContaining({ id: 'Task_WeeklyMeeting', role: TEAM })]);
    walk.complete('Task_WeeklyMeeting');
    expect(stages(walk)).toEqual([expect.objectContaining({ id: 'Gateway_MeetingOutcome', role: TEAM })]);
    expect(answers(walk, 'Gateway_MeetingOutcome')).toEqual({
      Flow_ImmediateDanger: 'Lapsi on välittömässä vaarassa',
      Flow_CareOrderNeed: 'Huostaanoton tarve on arvioitava',
      Flow_WorkGoesOn: 'Työskentely perheen kanssa jatkuu',
    });
  });

  it('works with the family, returns to the next weekly meeting, reviews the client plan and closes', () => {
    const walk = startWalk(model, '2026-03-02');
    toFirstMeetingOutcome(walk);
    walk.choose('Gateway_MeetingOutcome', 'Flow_WorkGoesOn');
    expect(stages(walk)).toEqual([{ id: 'Task_FamilyWork', name: 'Työskentele perheen kanssa', role: WORK_PAIR, deadlines: [] }]);
    walk.complete('Task_FamilyWork');
    expect(stages(walk)).toEqual([expect.objectContaining({ id: 'Gateway_StatutoryStep', role: SOCIAL_WORKER })]);
    walk.choose('Gateway_StatutoryStep', 'Flow_NothingNow');
    walk.choose('Gateway_Continue', 'Flow_NextMeeting');
    // The next week's meeting: the loop comes back to the same meeting.
    walk.setDay('2026-03-09');
    expect(walk.active).toEqual(['Task_WeeklyMeeting']);
    walk.complete('Task_WeeklyMeeting');
    walk.choose('Gateway_MeetingOutcome', 'Flow_WorkGoesOn');
    walk.complete('Task_FamilyWork');
    // Reviewed on Friday 13.3.2026: at least yearly (LSL 30 § 2 mom.), 12 months → Sat 13.3.2027,
    // and a last day on a Saturday moves to Monday 15.3.2027 (MääräaikaL 5 §).
    walk.setDay('2026-03-13');
    walk.choose('Gateway_StatutoryStep', 'Flow_ReviewPlan');
    expect(stages(walk)).toEqual([
      {
        id: 'Task_ReviewClientPlan',
        name: 'Tarkista asiakassuunnitelma',
        role: SOCIAL_WORKER,
        deadlines: ['Asiakassuunnitelman seuraava tarkistus viimeistään: 2027-03-15'],
      },
    ]);
    walk.complete('Task_ReviewClientPlan', { clientPlanReviewed: '2026-03-13' });
    walk.choose('Gateway_Continue', 'Flow_GoalReached');
    expect(stages(walk)).toEqual([{ id: 'Task_Close', name: 'Päätä tiimityöskentely ja kirjaa tulokset', role: SOCIAL_WORKER, deadlines: [] }]);
    walk.complete('Task_Close');
    expect(walk.done).toBe(true);
    expect(endsReached(walk)).toEqual(['End_TeamWorkEnded']);
  });
});

describe('a weekly meeting finds the child in immediate danger', () => {
  it('starts urgent measures as the social worker and leaves the team pathway', () => {
    const walk = startWalk(model, '2026-05-04');
    toFirstMeetingOutcome(walk);
    walk.choose('Gateway_MeetingOutcome', 'Flow_ImmediateDanger');
    expect(stages(walk)).toEqual([{ id: 'Task_Urgent', name: 'Käynnistä kiireelliset toimet', role: SOCIAL_WORKER, deadlines: [] }]);
    walk.complete('Task_Urgent');
    expect(walk.done).toBe(true);
    expect(endsReached(walk)).toEqual(['End_Urgent']);
  });
});

describe('open-care support decided by an official, then a care order considered', () => {
  it('takes the decision to the competent official, and at the next meeting moves to care-order preparation', () => {
    const walk = startWalk(model, '2026-09-07');
    toFirstMeetingOutcome(walk);
    walk.choose('Gateway_MeetingOutcome', 'Flow_WorkGoesOn');
    walk.complete('Task_FamilyWork');
    walk.choose('Gateway_StatutoryStep', 'Flow_DecisionNeeded');
    expect(stages(walk)).toEqual([{ id: 'Task_Decision', name: 'Tee lastensuojelun päätös', role: OFFICIAL, deadlines: [] }]);
    walk.complete('Task_Decision');
    expect(walk.active).toEqual(['Gateway_Continue']);
    walk.choose('Gateway_Continue', 'Flow_NextMeeting');
    walk.setDay('2026-09-14');
    walk.complete('Task_WeeklyMeeting');
    walk.choose('Gateway_MeetingOutcome', 'Flow_CareOrderNeed');
    expect(stages(walk)).toEqual([{ id: 'Task_CareOrderPrep', name: 'Käynnistä huostaanoton valmistelu', role: SOCIAL_WORKER, deadlines: [] }]);
    walk.complete('Task_CareOrderPrep');
    expect(walk.done).toBe(true);
    expect(endsReached(walk)).toEqual(['End_CareOrder']);
  });
});
