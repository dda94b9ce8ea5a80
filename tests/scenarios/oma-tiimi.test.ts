/**
 * OMA TIIMI (models/oma-tiimi.bpmn): typical cases of a child in substitute care who is also in
 * child or adolescent psychiatry, as walkthroughs with the stages and roles a worker sees. The
 * model has no statutory time limit of its own, so no stage may show a deadline.
 */
import type { Pathway } from '@polku/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { answers, endsReached, loadModel, stages, startWalk, type ScenarioWalk } from './_support/scenario.js';

const SOCIAL_WORKER = 'Lapsen asioista vastaava sosiaalityöntekijä';
const OMA_TIIMI = 'OMA TIIMI: lapsi ja hänen aikuisensa';
const PSYCHIATRY = 'Lapsen työntekijä lasten- tai nuorisopsykiatriassa';
const PLACEMENT = 'Perhehoitaja tai sijaishuoltopaikan omaohjaaja';
let model: Pathway;

beforeAll(async () => {
  model = await loadModel('oma-tiimi.bpmn');
});

/** After a meeting, each member takes the agreements into his or her own plan. */
function recordAll(walk: ScenarioWalk): void {
  for (const id of ['Task_RecordClientPlan', 'Task_RecordTreatmentPlan', 'Task_EverydayLife']) walk.complete(id);
}

describe('a 14-year-old in family care who is a client of adolescent psychiatry', () => {
  it('asks the child, invites the members, and records the first meeting in three places at once', () => {
    const walk = startWalk(model, '2026-02-02');
    expect(stages(walk)).toEqual([expect.objectContaining({ id: 'Gateway_JointClient', role: SOCIAL_WORKER, deadlines: [] })]);
    walk.choose('Gateway_JointClient', 'Flow_JointClient');
    expect(stages(walk)).toEqual([
      { id: 'Task_ProposeToChild', name: 'Kerro lapselle OMA TIIMIstä ja kysy hänen toiveensa', role: SOCIAL_WORKER, deadlines: [] },
    ]);
    walk.complete('Task_ProposeToChild');
    expect(answers(walk, 'Gateway_ChildWants')).toEqual({ Flow_ChildWants: 'Kyllä, lapsi haluaa', Flow_ChildDeclines: 'Ei nyt' });
    walk.choose('Gateway_ChildWants', 'Flow_ChildWants');
    walk.complete('Task_InviteMembers');
    walk.setDay('2026-02-16');
    expect(stages(walk)).toEqual([{ id: 'Task_FirstMeeting', name: 'Pitäkää ensimmäinen tapaaminen', role: OMA_TIIMI, deadlines: [] }]);
    walk.complete('Task_FirstMeeting', { firstMeeting: '2026-02-16' });
    expect(stages(walk).toSorted((a, b) => a.id.localeCompare(b.id))).toEqual([
      { id: 'Task_EverydayLife', name: 'Tue sovittuja asioita lapsen arjessa', role: PLACEMENT, deadlines: [] },
      { id: 'Task_RecordClientPlan', name: 'Vie sovitut asiat asiakassuunnitelmaan', role: SOCIAL_WORKER, deadlines: [] },
      { id: 'Task_RecordTreatmentPlan', name: 'Vie sovitut asiat hoitosuunnitelmaan', role: PSYCHIATRY, deadlines: [] },
    ]);
    recordAll(walk);
    expect(stages(walk)).toEqual([expect.objectContaining({ id: 'Gateway_Situation', role: OMA_TIIMI })]);
  });

  it('meets monthly, reviews the team when the placement changes, and ends by agreement', () => {
    const walk = startWalk(model, '2026-02-02');
    walk.choose('Gateway_JointClient', 'Flow_JointClient');
    walk.complete('Task_ProposeToChild');
    walk.choose('Gateway_ChildWants', 'Flow_ChildWants');
    walk.complete('Task_InviteMembers');
    walk.complete('Task_FirstMeeting', { firstMeeting: '2026-02-16' });
    recordAll(walk);
    // March: nothing has changed, the monthly meeting goes on.
    walk.setDay('2026-03-16');
    walk.choose('Gateway_Situation', 'Flow_NoChange');
    expect(stages(walk)).toEqual([{ id: 'Task_MonthlyMeeting', name: 'Pitäkää kuukausitapaaminen', role: OMA_TIIMI, deadlines: [] }]);
    walk.complete('Task_MonthlyMeeting');
    recordAll(walk);
    // The child moves to a new family home: the team and its members are reviewed.
    walk.choose('Gateway_Situation', 'Flow_Change');
    expect(stages(walk)).toEqual([{ id: 'Task_Review', name: 'Arvioikaa OMA TIIMIn jatko yhdessä lapsen kanssa', role: OMA_TIIMI, deadlines: [] }]);
    walk.complete('Task_Review');
    walk.choose('Gateway_Continue', 'Flow_GoesOn');
    recordAll(walk);
    // The psychiatric treatment ends: the team ends by agreement.
    walk.choose('Gateway_Situation', 'Flow_Change');
    walk.complete('Task_Review');
    walk.choose('Gateway_Continue', 'Flow_EndsByAgreement');
    expect(stages(walk)).toEqual([{ id: 'Task_Close', name: 'Kirjaa OMA TIIMIn päättyminen', role: SOCIAL_WORKER, deadlines: [] }]);
    walk.complete('Task_Close');
    expect(walk.done).toBe(true);
    expect(endsReached(walk)).toEqual(['End_Ended']);
    expect(walk.trace().filter((id) => id === 'Task_RecordTreatmentPlan')).toHaveLength(3);
  });
});

describe('a child who does not want an OMA TIIMI', () => {
  it('ends after the child is asked', () => {
    const walk = startWalk(model, '2026-05-11');
    walk.choose('Gateway_JointClient', 'Flow_JointClient');
    walk.complete('Task_ProposeToChild');
    walk.choose('Gateway_ChildWants', 'Flow_ChildDeclines');
    expect(walk.done).toBe(true);
    expect(endsReached(walk)).toEqual(['End_ChildDeclined']);
  });
});

describe('a placed child without a psychiatric treatment relationship', () => {
  it('ends at once: OMA TIIMI is for joint clients', () => {
    const walk = startWalk(model, '2026-05-11');
    walk.choose('Gateway_JointClient', 'Flow_NotJointClient');
    expect(walk.done).toBe(true);
    expect(endsReached(walk)).toEqual(['End_NotJointClient']);
  });
});
