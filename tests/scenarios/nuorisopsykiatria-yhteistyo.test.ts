/**
 * Child welfare and child and youth psychiatry collaboration (models/nuorisopsykiatria-yhteistyo.bpmn):
 * typical cases of issue #4 as walkthroughs, with the stages, roles and deadlines a worker sees.
 * Dates are fixed so the yearly client-plan review (LSL 30 § 2 mom., 12 months as the brief's D06
 * reads it) is exact; each date was counted by hand with the brief's §4 rules.
 */
import type { Pathway } from '@polku/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { answers, endsReached, loadModel, stages, startWalk, type ScenarioWalk } from './_support/scenario.js';

const SOCIAL_WORKER = 'Lapsen asioista vastaava sosiaalityöntekijä';
const TEAM = 'Lapsi ja yhteinen tiimi';
const PSYCHIATRY = 'Lasten- tai nuorisopsykiatrian työntekijä';
const REVIEW_BY = 'Asiakassuunnitelman tarkistus viimeistään';
let model: Pathway;

beforeAll(async () => {
  model = await loadModel('nuorisopsykiatria-yhteistyo.bpmn');
});

const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);

/** From the first joint meeting to both plans recorded, the last one on `recordedOn`. */
function agreeAndRecord(walk: ScenarioWalk, recordedOn: string): void {
  expect(stages(walk)).toEqual([{ id: 'Task_AgreeResponsibilities', name: 'Sopikaa työnjako ja kriisisuunnitelma', role: TEAM, deadlines: [] }]);
  walk.complete('Task_AgreeResponsibilities');
  expect(stages(walk).toSorted(byId)).toEqual([
    { id: 'Task_RecordClientPlan', name: 'Kirjaa sovittu asiakassuunnitelmaan', role: SOCIAL_WORKER, deadlines: [] },
    { id: 'Task_RecordTreatmentPlan', name: 'Kirjaa sovittu psykiatriseen hoitosuunnitelmaan', role: PSYCHIATRY, deadlines: [] },
  ]);
  walk.complete('Task_RecordTreatmentPlan');
  walk.setDay(recordedOn);
  walk.complete('Task_RecordClientPlan', { crisisPlanAgreed: true });
}

function followUp(reviewBy: string) {
  return { id: 'Task_FollowUp', name: 'Tapaa säännöllisesti ja arvioi yhteistyötä', role: TEAM, deadlines: [`${REVIEW_BY}: ${reviewBy}`] };
}

function closeAfterTransition(walk: ScenarioWalk): void {
  walk.complete('Task_FollowUp');
  walk.choose('Gateway_Review', 'Flow_Transition');
  expect(stages(walk)).toEqual([{ id: 'Task_PlanTransition', name: 'Suunnitelkaa siirtymä yhdessä lapsen kanssa', role: TEAM, deadlines: [] }]);
  walk.complete('Task_PlanTransition');
  expect(stages(walk)).toEqual([{ id: 'Task_Close', name: 'Päättäkää yhteistyö sovitusti', role: TEAM, deadlines: [] }]);
  walk.complete('Task_Close');
  expect(walk.done).toBe(true);
  expect(endsReached(walk)).toEqual(['End_Closed']);
}

describe('a 15-year-old in a family home with an adolescent psychiatry treatment relationship', () => {
  it('gets consent, forms an OMA TIIMI with the child, and records the plans in both services', () => {
    const walk = startWalk(model, '2026-02-02');
    expect(stages(walk)).toEqual([{ id: 'Task_MapJointClient', name: 'Kartoita yhteisasiakkuus ja yhteistyön tarve', role: SOCIAL_WORKER, deadlines: [] }]);
    walk.complete('Task_MapJointClient');
    expect(answers(walk, 'Gateway_Consent')).toEqual({ Flow_NoConsent: 'Ei suostumusta', Flow_ConsentGiven: 'Kyllä, suostumus annettiin' });
    walk.choose('Gateway_Consent', 'Flow_ConsentGiven');
    expect(answers(walk, 'Gateway_Form')).toEqual({ Flow_OmaTiimi: 'OMA TIIMI (sijaishuolto)', Flow_Conference: 'Yhteisneuvottelu (avohuolto)' });
    walk.choose('Gateway_Form', 'Flow_OmaTiimi');
    expect(stages(walk)).toEqual([{ id: 'Task_ProposeTeam', name: 'Ehdota OMA TIIMIä ja sovi jäsenet lapsen kanssa', role: SOCIAL_WORKER, deadlines: [] }]);
    walk.complete('Task_ProposeTeam');
    expect(stages(walk)).toEqual([{ id: 'Task_JointMeeting', name: 'Pitäkää ensimmäinen yhteinen tapaaminen lapsen kanssa', role: TEAM, deadlines: [] }]);
    walk.complete('Task_JointMeeting');
    agreeAndRecord(walk, '2026-02-27');
    expect(stages(walk)).toEqual([expect.objectContaining({ id: 'Task_FollowUp', name: 'Tapaa säännöllisesti ja arvioi yhteistyötä', role: TEAM })]);
  });

  // The review step is entered by the parallel join: it carries the time of the step that completed the
  // block (27.2.2026), not the start of the walk (which would give 2027-02-02).
  it('counts the first yearly review from the day the last plan is recorded', () => {
    const walk = startWalk(model, '2026-02-02');
    walk.complete('Task_MapJointClient');
    walk.choose('Gateway_Consent', 'Flow_ConsentGiven');
    walk.choose('Gateway_Form', 'Flow_OmaTiimi');
    walk.complete('Task_ProposeTeam');
    walk.complete('Task_JointMeeting');
    // Both plans recorded by Friday 27.2.2026: 12 months → Saturday 27.2.2027, moved to Monday 1.3.2027.
    agreeAndRecord(walk, '2026-02-27');
    expect(stages(walk)).toEqual([followUp('2027-03-01')]);
  });

  it('meets monthly, restarts the review clock at each meeting, and plans the transition at 18', () => {
    const walk = startWalk(model, '2026-02-02');
    walk.complete('Task_MapJointClient');
    walk.choose('Gateway_Consent', 'Flow_ConsentGiven');
    walk.choose('Gateway_Form', 'Flow_OmaTiimi');
    walk.complete('Task_ProposeTeam');
    walk.complete('Task_JointMeeting');
    agreeAndRecord(walk, '2026-02-27');
    // Met on Friday 27.3.2026 and continued: 12 months → Saturday 27.3.2027, Easter Saturday; Easter Day and
    // Easter Monday 29.3 follow, so the latest lawful date is Tuesday 30.3.2027 (MääräaikaL 5 §).
    walk.setDay('2026-03-27');
    walk.complete('Task_FollowUp');
    expect(answers(walk, 'Gateway_Review')).toEqual({
      Flow_Continues: 'Yhteistyö jatkuu',
      Flow_UpdatePlan: 'Suunnitelma päivitetään',
      Flow_Transition: 'Siirtymä tai päättyminen',
    });
    walk.choose('Gateway_Review', 'Flow_Continues');
    expect(stages(walk)).toEqual([followUp('2027-03-30')]);
    walk.setDay('2028-01-10');
    closeAfterTransition(walk);
    expect(walk.trace().filter((id) => id === 'Task_FollowUp')).toHaveLength(2);
  });
});

describe('a 13-year-old living at home, in open care and in child psychiatric treatment', () => {
  it('holds a joint case conference, updates the plan after a crisis, and ends the cooperation', () => {
    const walk = startWalk(model, '2026-09-07');
    walk.complete('Task_MapJointClient');
    walk.choose('Gateway_Consent', 'Flow_ConsentGiven');
    walk.choose('Gateway_Form', 'Flow_Conference');
    expect(stages(walk)).toEqual([{ id: 'Task_PrepareConference', name: 'Valmistele yhteisneuvottelu lapsen ja perheen kanssa', role: SOCIAL_WORKER, deadlines: [] }]);
    walk.complete('Task_PrepareConference');
    walk.complete('Task_JointMeeting');
    agreeAndRecord(walk, '2026-10-01');
    expect(walk.active).toEqual(['Task_FollowUp']);
    // A crisis in November: the plan is agreed again and both plans are updated.
    walk.setDay('2026-11-23');
    walk.complete('Task_FollowUp');
    walk.choose('Gateway_Review', 'Flow_UpdatePlan');
    agreeAndRecord(walk, '2026-11-30');
    // Reviewed again on Thursday 31.12.2026 and continued: 12 months → Friday 31.12.2027, a working day.
    walk.setDay('2026-12-31');
    walk.complete('Task_FollowUp');
    walk.choose('Gateway_Review', 'Flow_Continues');
    expect(stages(walk)).toEqual([followUp('2027-12-31')]);
    closeAfterTransition(walk);
    expect(walk.trace().filter((id) => id === 'Task_AgreeResponsibilities')).toHaveLength(2);
    expect(walk.trace()).not.toContain('Task_ProposeTeam');
  });
});

describe('a 16-year-old and the guardian do not consent to joint work', () => {
  it('continues within each service and ends the pathway', () => {
    const walk = startWalk(model, '2026-05-18');
    walk.complete('Task_MapJointClient');
    walk.choose('Gateway_Consent', 'Flow_NoConsent');
    expect(stages(walk)).toEqual([{ id: 'Task_WorkSeparately', name: 'Jatka työtä kummankin omassa palvelussa', role: SOCIAL_WORKER, deadlines: [] }]);
    walk.complete('Task_WorkSeparately');
    expect(walk.done).toBe(true);
    expect(endsReached(walk)).toEqual(['End_WorkSeparately']);
  });
});
