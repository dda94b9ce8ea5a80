/**
 * Child-specific supervision of family care (models/perhehoidon-valvonta.bpmn): the typical cases
 * of issue #4 as walkthroughs, with the stages, roles and deadlines a worker sees. Dates are fixed
 * so the statutory deadlines are exact; each expected date is counted by hand in the comment next
 * to it (domain brief §2.1 D06 and D27, §4.1: a limit in months or years ends on the same day
 * number, and one ending on a Saturday, Sunday or holiday moves to the next working day).
 */
import type { Pathway } from '@polku/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { answers, endsReached, loadModel, stages, stageView, startWalk } from './_support/scenario.js';

const SOCIAL_WORKER = 'Lapsen asioista vastaava sosiaalityöntekijä';
const UNIT = 'Perhehoitoyksikkö (vastuutyöntekijä)';
const CARER = 'Perhehoitaja';
const OFFICIAL = 'Johtava viranhaltija';
const REVIEW = 'Asiakassuunnitelman tarkistus viimeistään';
const TRAINING = 'Ennakkovalmennus suoritettava viimeistään';
let model: Pathway;

beforeAll(async () => {
  model = await loadModel('perhehoidon-valvonta.bpmn');
});

describe('a care-order placement with a trained carer, supervised for two periods until the child returns home', () => {
  it('starts with the commission agreement in the family-care unit', () => {
    const walk = startWalk(model, '2026-03-02');
    expect(stages(walk)).toEqual([
      { id: 'Task_CommissionAgreement', name: 'Tee toimeksiantosopimus ja nimeä vastuutyöntekijä', role: UNIT, deadlines: [] },
    ]);
  });

  it('runs the unit’s support beside the social worker’s supervision, and counts each review from the last one', () => {
    // given
    const walk = startWalk(model, '2026-03-02');
    walk.complete('Task_CommissionAgreement');
    expect(stages(walk).map(({ id, role }) => ({ id, role }))).toEqual([
      { id: 'Task_SupervisionPlan', role: SOCIAL_WORKER },
      { id: 'Gateway_Training', role: UNIT },
    ]);
    walk.choose('Gateway_Training', 'Flow_TrainingDone');
    expect(stageView(walk, 'Task_SupportCarer')).toMatchObject({ role: UNIT, deadlines: [] });

    // when the supervision is written into the client plan on Wed 4.3.2026
    walk.setDay('2026-03-04');
    walk.complete('Task_SupervisionPlan');

    // then 4.3.2026 + 12 months = Thu 4.3.2027, a working day (LSL 30 § 2 mom.)
    expect(stageView(walk, 'Task_Supervise')).toEqual({
      id: 'Task_Supervise',
      name: 'Tee valvontakäynnit ja tapaa lapsi kahden kesken',
      role: SOCIAL_WORKER,
      deadlines: [`${REVIEW}: 2027-03-04`],
    });

    // when the first period ends with the yearly review on Wed 10.2.2027
    walk.setDay('2027-02-10');
    walk.complete('Task_Supervise');
    expect(answers(walk, 'Gateway_Deficiency')).toEqual({ Flow_NoDeficiency: 'Ei puutteita', Flow_Deficiency: 'Puutteita tai perusteltu epäily' });
    walk.choose('Gateway_Deficiency', 'Flow_NoDeficiency');
    expect(stageView(walk, 'Task_ReviewPlan').role).toBe(SOCIAL_WORKER);
    walk.complete('Task_ReviewPlan');
    expect(answers(walk, 'Gateway_Continues')).toEqual({ Flow_Continues: 'Kyllä, valvonta jatkuu', Flow_PlacementEnds: 'Ei, sijoitus perhekodissa päättyy' });
    walk.choose('Gateway_Continues', 'Flow_Continues');

    // then the next period runs from that review: 10.2.2027 + 12 months = Thu 10.2.2028
    expect(stageView(walk, 'Task_Supervise').deadlines).toEqual([`${REVIEW}: 2028-02-10`]);

    // when the child returns home after the second period
    walk.setDay('2028-01-24');
    walk.complete('Task_Supervise');
    walk.choose('Gateway_Deficiency', 'Flow_NoDeficiency');
    walk.complete('Task_ReviewPlan');
    walk.choose('Gateway_Continues', 'Flow_PlacementEnds');

    // then closing waits until the unit's support of the carer has ended too
    expect(stages(walk).map(({ id, role }) => ({ id, role }))).toEqual([{ id: 'Task_SupportCarer', role: UNIT }]);
    walk.complete('Task_SupportCarer');
    expect(stages(walk)).toEqual([
      { id: 'Task_CloseSupervision', name: 'Päätä valvonta ja kirjaa sijoituksen päättyminen', role: SOCIAL_WORKER, deadlines: [] },
    ]);
    walk.complete('Task_CloseSupervision');
    expect(walk.done).toBe(true);
    expect(endsReached(walk)).toEqual(['End_SupervisionClosed']);
  });
});

describe('a carer who completes preparatory training in the first year, and a deficiency corrected in time', () => {
  it('shows the one-year training limit moved off a Saturday, and the carer’s correction in the carer’s lane', () => {
    // given a placement on Fri 14.8.2026 with the training still to do for a special reason
    const walk = startWalk(model, '2026-08-14');
    walk.complete('Task_CommissionAgreement');
    walk.choose('Gateway_Training', 'Flow_TrainingPending');

    // then 14.8.2026 + 1 year = Sat 14.8.2027 → Mon 16.8.2027 (PHL 6 § 2 mom.; MääräaikaL 5 §)
    expect(stageView(walk, 'Task_CompleteTraining')).toEqual({
      id: 'Task_CompleteTraining',
      name: 'Varmista ennakkovalmennuksen suorittaminen',
      role: UNIT,
      deadlines: [`${TRAINING}: 2027-08-16`],
    });

    // when the supervision is recorded on Mon 17.8.2026: 17.8.2027 is a Tuesday
    walk.setDay('2026-08-17');
    walk.complete('Task_SupervisionPlan');
    expect(stageView(walk, 'Task_Supervise').deadlines).toEqual([`${REVIEW}: 2027-08-17`]);

    // when a visit on Thu 5.11.2026 raises a concern
    walk.setDay('2026-11-05');
    walk.complete('Task_Supervise');
    walk.choose('Gateway_Deficiency', 'Flow_Deficiency');
    expect(stageView(walk, 'Task_Guidance')).toMatchObject({ role: SOCIAL_WORKER, deadlines: [] });

    // then the time limit the county sets must be recorded before the carer gets the task
    expect(() => walk.complete('Task_Guidance')).toThrow(/correctionDueDate/);
    walk.complete('Task_Guidance', { correctionDueDate: '2026-12-04' });
    expect(stageView(walk, 'Task_CarerCorrects')).toMatchObject({ name: 'Korjaa puutteet määräajassa', role: CARER });

    // when the deficiencies were corrected and the plan reviewed on Thu 10.12.2026
    walk.setDay('2026-12-04');
    walk.complete('Task_CarerCorrects');
    expect(answers(walk, 'Gateway_Corrected')).toEqual({ Flow_Corrected: 'Kyllä, puutteet korjattiin', Flow_NotCorrected: 'Ei, lapsi on siirrettävä' });
    walk.choose('Gateway_Corrected', 'Flow_Corrected');
    walk.setDay('2026-12-10');
    walk.complete('Task_ReviewPlan');
    walk.choose('Gateway_Continues', 'Flow_Continues');

    // then the next review is due 12 months after that one: Fri 10.12.2027
    expect(stageView(walk, 'Task_Supervise').deadlines).toEqual([`${REVIEW}: 2027-12-10`]);

    // when the training is done in March and the custody later moves to the carers
    walk.setDay('2027-03-19');
    walk.complete('Task_CompleteTraining', { trainingCompletedOn: '2027-03-19' });
    expect(walk.active).toContain('Task_SupportCarer');
    walk.setDay('2027-06-01');
    walk.complete('Task_Supervise');
    walk.choose('Gateway_Deficiency', 'Flow_NoDeficiency');
    walk.complete('Task_ReviewPlan');
    walk.choose('Gateway_Continues', 'Flow_PlacementEnds');
    walk.complete('Task_SupportCarer');
    walk.complete('Task_CloseSupervision');

    // then
    expect(walk.done).toBe(true);
    expect(endsReached(walk)).toEqual(['End_SupervisionClosed']);
  });
});

describe('deficiencies that are not corrected: the leading official decides on a change of placement', () => {
  it('goes from the social worker’s preparation to the leading official, and closes without a plan review', () => {
    // given a placement on Fri 4.9.2026: 4.9.2027 is a Saturday → Mon 6.9.2027 (MääräaikaL 5 §)
    const walk = startWalk(model, '2026-09-04');
    walk.complete('Task_CommissionAgreement');
    walk.choose('Gateway_Training', 'Flow_TrainingDone');
    walk.complete('Task_SupervisionPlan');
    expect(stageView(walk, 'Task_Supervise').deadlines).toEqual([`${REVIEW}: 2027-09-06`]);

    // when a concern on Thu 15.10.2026 is not put right by Fri 30.10.2026
    walk.setDay('2026-10-15');
    walk.complete('Task_Supervise');
    walk.choose('Gateway_Deficiency', 'Flow_Deficiency');
    walk.complete('Task_Guidance', { correctionDueDate: '2026-10-30' });
    walk.setDay('2026-10-30');
    walk.complete('Task_CarerCorrects');
    walk.choose('Gateway_Corrected', 'Flow_NotCorrected');

    // then the social worker prepares and the leading official decides (LSL 43 § 3 mom., 13 § 2–3 mom.)
    expect(stages(walk).filter(({ role }) => role !== UNIT)).toEqual([
      { id: 'Task_PrepareChange', name: 'Valmistele sijaishuoltopaikan muutos', role: SOCIAL_WORKER, deadlines: [] },
    ]);
    walk.complete('Task_PrepareChange');
    expect(stages(walk).filter(({ role }) => role !== UNIT)).toEqual([
      { id: 'Task_DecideChange', name: 'Päätä sijaishuoltopaikan muutoksesta', role: OFFICIAL, deadlines: [] },
    ]);
    walk.complete('Task_DecideChange');
    walk.complete('Task_SupportCarer');
    walk.complete('Task_CloseSupervision');

    expect(walk.done).toBe(true);
    expect(walk.trace()).not.toContain('Task_ReviewPlan');
    expect(endsReached(walk)).toEqual(['End_SupervisionClosed']);
  });
});
