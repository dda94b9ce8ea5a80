/**
 * Substitute care and review of care (models/sijaishuolto.bpmn): the typical cases of issue #4
 * as walkthroughs, with the stages, roles and deadlines a worker sees. Dates are fixed so the
 * statutory deadlines are exact; each expected date is counted by hand in the comment beside it.
 */
import type { Pathway } from '@polku/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { answers, endsReached, loadModel, stages, startWalk, type ScenarioWalk } from './_support/scenario.js';

const SOCIAL_WORKER = 'Lapsen asioista vastaava sosiaalityöntekijä';
const LEADING_OFFICIAL = 'Johtava viranhaltija tai hänen määräämänsä viranhaltija';
const FAMILY_CARE_UNIT = 'Hyvinvointialueen perhehoitoyksikkö';
const PLACEMENT = 'Sijaishuoltopaikka (perhehoitajat tai laitoksen henkilöstö)';
const REVIEW = 'Asiakassuunnitelma tarkistettava viimeistään';
let model: Pathway;

beforeAll(async () => {
  model = await loadModel('sijaishuolto.bpmn');
});

/** Both plans of the placement made: the client plan, then the care and upbringing plan on `day`. */
function makePlans(walk: ScenarioWalk, day: string): void {
  walk.complete('Task_ClientPlan');
  walk.setDay(day);
  walk.complete('Task_CareAndUpbringingPlan');
}

/** One follow-up period and its review, on `day`, ending in `answer`. */
function review(walk: ScenarioWalk, day: string, answer: string): void {
  walk.setDay(day);
  walk.complete('Task_Supervise');
  walk.complete('Task_ReviewCare');
  walk.choose('Gateway_ReviewOutcome', answer);
}

describe('family care for a 4-year-old, with yearly reviews, a trial return home and the ending of care', () => {
  it('starts with the choice of placement and asks which form of care', () => {
    // given
    const walk = startWalk(model, '2026-01-15');
    // then
    expect(stages(walk)).toEqual([{ id: 'Task_ChoosePlacement', name: 'Valitse sijaishuoltopaikka', role: SOCIAL_WORKER, deadlines: [] }]);
    walk.complete('Task_ChoosePlacement');
    expect(answers(walk, 'Gateway_CareForm')).toEqual({ Flow_FamilyCare: 'Perhehoito', Flow_Institution: 'Laitoshuolto' });
  });

  it('walks the placement, two reviews, the trial at home and the decision to end care', () => {
    // given
    const walk = startWalk(model, '2026-01-15');
    walk.complete('Task_ChoosePlacement');
    // when
    walk.choose('Gateway_CareForm', 'Flow_FamilyCare');
    // then: the family-care unit makes the agreement; unfinished preparatory training within one year of the
    // placement, Thursday 15.1.2026 → Friday 15.1.2027 (PHL 6 § 2 mom.)
    expect(stages(walk)).toEqual([
      expect.objectContaining({ id: 'Task_CommissionAgreement', role: FAMILY_CARE_UNIT, deadlines: ['Ennakkovalmennus suoritettava viimeistään (jos erityisestä syystä kesken): 2027-01-15'] }),
    ]);
    walk.complete('Task_CommissionAgreement');
    walk.complete('Task_StartPlacement');
    // then: the client plan first, then the placement's care and upbringing plan that complements it
    expect(stages(walk)).toEqual([expect.objectContaining({ id: 'Task_ClientPlan', role: SOCIAL_WORKER })]);
    walk.complete('Task_ClientPlan');
    expect(stages(walk)).toEqual([expect.objectContaining({ id: 'Task_CareAndUpbringingPlan', role: PLACEMENT })]);

    // when: the plans are ready on Friday 13.2.2026
    walk.setDay('2026-02-13');
    walk.complete('Task_CareAndUpbringingPlan');
    // then: a year later is Saturday 13.2.2027, so the latest day is Monday 15.2.2027 (LSL 30 § 2 mom., MääräaikaL 5 §)
    expect(stages(walk)).toEqual([{ id: 'Task_Supervise', name: 'Tapaa lasta ja valvo sijaishuoltoa', role: SOCIAL_WORKER, deadlines: [`${REVIEW}: 2027-02-15`] }]);

    // when: the first review on Monday 1.2.2027 finds that care continues
    review(walk, '2027-02-01', 'Flow_ContinueCare');
    // then: the next review by Tuesday 1.2.2028
    expect(stages(walk)).toEqual([expect.objectContaining({ id: 'Task_Supervise', deadlines: [`${REVIEW}: 2028-02-01`] })]);

    // when: the second review on Thursday 20.1.2028 starts a trial return home
    review(walk, '2028-01-20', 'Flow_TrialHome');
    // then: at most six months → Thursday 20.7.2028 (LSL 49 § 3 mom.)
    expect(stages(walk)).toEqual([{ id: 'Task_TrialHome', name: 'Toteuta kotiutuskokeilu', role: SOCIAL_WORKER, deadlines: ['Kotiutuskokeilu enintään: 2028-07-20'] }]);

    // when: after the trial the review finds the grounds for care gone
    walk.setDay('2028-06-30');
    walk.complete('Task_TrialHome');
    review(walk, '2028-07-03', 'Flow_NeedCeased');
    walk.complete('Task_PrepareEnding');
    // then: the leading official, not the responsible social worker, decides on ending care
    expect(stages(walk)).toEqual([expect.objectContaining({ id: 'Task_DecideEnding', role: LEADING_OFFICIAL })]);
    walk.complete('Task_DecideEnding');
    expect(stages(walk)).toEqual([expect.objectContaining({ id: 'Task_TransitionToAftercare', role: SOCIAL_WORKER })]);
    walk.complete('Task_TransitionToAftercare');
    expect(walk.done).toBe(true);
    expect(endsReached(walk)).toEqual(['End_CareEnded']);
  });
});

describe('institutional care for a 15-year-old, with a contact restriction, until the care order ends at 18', () => {
  it('restricts contact for at most a year and ends at 18 without a decision to end care', () => {
    // given
    const walk = startWalk(model, '2026-06-01');
    walk.complete('Task_ChoosePlacement');
    walk.choose('Gateway_CareForm', 'Flow_Institution');
    expect(stages(walk)).toEqual([expect.objectContaining({ id: 'Task_JustifyInstitution', role: SOCIAL_WORKER })]);
    walk.complete('Task_JustifyInstitution');
    walk.complete('Task_StartPlacement');
    makePlans(walk, '2026-06-15');

    // when: a review on Friday 30.10.2026 finds that contact must be restricted
    review(walk, '2026-10-30', 'Flow_RestrictContact');
    // then: the leading official decides; a year later is Saturday 30.10.2027, so the latest day is Monday 1.11.2027 (LSL 63 §)
    expect(stages(walk)).toEqual([
      { id: 'Task_RestrictContact', name: 'Päätä yhteydenpidon rajoittamisesta', role: LEADING_OFFICIAL, deadlines: ['Rajoituspäätös voimassa enintään: 2027-11-01'] },
    ]);

    // when: follow-up goes on until the child turns 18
    walk.complete('Task_RestrictContact');
    expect(stages(walk)).toEqual([expect.objectContaining({ id: 'Task_Supervise' })]);
    review(walk, '2029-03-12', 'Flow_TurnsEighteen');
    // then
    expect(stages(walk)).toEqual([expect.objectContaining({ id: 'Task_TransitionToAftercare', role: SOCIAL_WORKER })]);
    walk.complete('Task_TransitionToAftercare');
    expect(endsReached(walk)).toEqual(['End_CareEnded']);
    expect(walk.trace()).not.toContain('Task_DecideEnding');
    expect(walk.trace()).not.toContain('Task_CommissionAgreement');
  });
});

describe('a change of placement during care', () => {
  it('is decided by the leading official and goes back to the choice of the form of care', () => {
    // given
    const walk = startWalk(model, '2026-01-15');
    walk.complete('Task_ChoosePlacement');
    walk.choose('Gateway_CareForm', 'Flow_FamilyCare');
    walk.complete('Task_CommissionAgreement');
    walk.complete('Task_StartPlacement');
    makePlans(walk, '2026-02-13');
    // when
    review(walk, '2026-09-01', 'Flow_ChangePlacement');
    // then
    expect(stages(walk)).toEqual([expect.objectContaining({ id: 'Task_DecidePlacementChange', role: LEADING_OFFICIAL })]);
    walk.complete('Task_DecidePlacementChange');
    expect(walk.active).toEqual(['Gateway_CareForm']);
    walk.choose('Gateway_CareForm', 'Flow_Institution');
    expect(walk.active).toEqual(['Task_JustifyInstitution']);
  });
});
