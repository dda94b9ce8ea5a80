/**
 * Arranging a support family for a child (models/tukiperhe.bpmn): typical cases of issue #4 as
 * walkthroughs, with the stages, roles and deadlines a worker sees. Dates are fixed so the yearly
 * client-plan review (LSL 30 § 2 mom., 12 months as the brief's D06 reads it) is exact; each date
 * was counted by hand with the brief's §4 rules.
 */
import type { Pathway } from '@polku/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { answers, endsReached, loadModel, stages, startWalk, type ScenarioWalk } from './_support/scenario.js';

const SOCIAL_WORKER = 'Lapsen ja perheen sosiaalityöntekijä tai omatyöntekijä';
const SERVICE = 'Tukiperhetoiminnan työntekijä';
const SUPPORT_FAMILY = 'Tukiperhe';
const REVIEW_BY = 'Asiakassuunnitelman tarkistus viimeistään (lastensuojelun asiakas)';
let model: Pathway;

beforeAll(async () => {
  model = await loadModel('tukiperhe.bpmn');
});

const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);

/** The support-family period as the worker sees it: the social worker follows, the support family hosts. */
function period(reviewBy: string) {
  return [
    { id: 'Task_FollowPeriod', name: 'Seuraa tukiperhejaksoa ja pidä yhteyttä perheisiin', role: SOCIAL_WORKER, deadlines: [`${REVIEW_BY}: ${reviewBy}`] },
    { id: 'Task_Visits', name: 'Ota lapsi luoksesi sovitusti', role: SUPPORT_FAMILY, deadlines: [] },
  ];
}

function reviewAndEnd(walk: ScenarioWalk): void {
  walk.complete('Task_Visits');
  walk.complete('Task_FollowPeriod');
  expect(stages(walk)).toEqual([{ id: 'Task_Review', name: 'Arvioi tukiperhejakso yhdessä perheiden kanssa', role: SOCIAL_WORKER, deadlines: [] }]);
  walk.complete('Task_Review');
  walk.choose('Gateway_Continue', 'Flow_Ends');
  expect(stages(walk)).toEqual([{ id: 'Task_Close', name: 'Päätä tukiperhejakso ja kirjaa loppuarvio', role: SOCIAL_WORKER, deadlines: [] }]);
  walk.complete('Task_Close');
  expect(walk.done).toBe(true);
  expect(endsReached(walk)).toEqual(['End_PeriodEnded']);
}

describe('a 7-year-old whose single parent is exhausted gets a support family under the Social Welfare Act', () => {
  it('decides under SHL 28 §, matches and introduces the family, and counts the yearly review from the agreement', () => {
    const walk = startWalk(model, '2026-01-12');
    expect(stages(walk)).toEqual([expect.objectContaining({ id: 'Gateway_LegalBasis', role: SOCIAL_WORKER })]);
    expect(answers(walk, 'Gateway_LegalBasis')).toEqual({
      Flow_SocialWelfareAct: 'Ei, sosiaalihuoltolain palveluna',
      Flow_ChildWelfareClient: 'Kyllä, lastensuojelun asiakkaana',
    });
    walk.choose('Gateway_LegalBasis', 'Flow_SocialWelfareAct');
    expect(stages(walk)).toEqual([{ id: 'Task_DecideSocialWelfare', name: 'Tee päätös tukiperheestä sosiaalihuoltolain palveluna', role: SOCIAL_WORKER, deadlines: [] }]);
    walk.complete('Task_DecideSocialWelfare');
    expect(stages(walk)).toEqual([{ id: 'Task_ChooseFamily', name: 'Valitse lapselle sopiva tukiperhe', role: SERVICE, deadlines: [] }]);
    walk.complete('Task_ChooseFamily');
    expect(stages(walk)).toEqual([{ id: 'Task_Introduce', name: 'Järjestä tutustumistapaaminen', role: SOCIAL_WORKER, deadlines: [] }]);
    walk.complete('Task_Introduce');
    walk.choose('Gateway_FamilySuits', 'Flow_Suits');
    expect(stages(walk)).toEqual([{ id: 'Task_Agreement', name: 'Tee kirjallinen tukiperhesopimus', role: SOCIAL_WORKER, deadlines: [] }]);
    // Signed on Friday 27.2.2026: 12 months → Saturday 27.2.2027, moved to Monday 1.3.2027 (MääräaikaL 5 §).
    walk.setDay('2026-02-27');
    walk.complete('Task_Agreement', { agreementDate: '2026-02-27' });
    expect(stages(walk).toSorted(byId)).toEqual(period('2027-03-01'));
    walk.setDay('2027-02-15');
    reviewAndEnd(walk);
  });
});

describe('a 9-year-old child welfare client gets a support family as an open-care support measure', () => {
  it('looks for a second family when the first does not suit, and restarts the yearly review after each review', () => {
    const walk = startWalk(model, '2026-05-04');
    walk.choose('Gateway_LegalBasis', 'Flow_ChildWelfareClient');
    expect(stages(walk)).toEqual([{ id: 'Task_DecideChildWelfare', name: 'Kirjaa tukiperhe asiakassuunnitelmaan ja tee päätös', role: SOCIAL_WORKER, deadlines: [] }]);
    walk.complete('Task_DecideChildWelfare');
    walk.complete('Task_ChooseFamily');
    walk.complete('Task_Introduce');
    expect(answers(walk, 'Gateway_FamilySuits')).toEqual({
      Flow_Suits: 'Kyllä, tehdään sopimus',
      Flow_DoesNotSuit: 'Ei, etsitään toinen tukiperhe',
    });
    walk.choose('Gateway_FamilySuits', 'Flow_DoesNotSuit');
    expect(stages(walk)).toEqual([expect.objectContaining({ id: 'Task_ChooseFamily', role: SERVICE })]);
    walk.complete('Task_ChooseFamily');
    walk.complete('Task_Introduce');
    walk.choose('Gateway_FamilySuits', 'Flow_Suits');
    // Signed on Thursday 25.6.2026: 12 months → Friday 25.6.2027, which is Midsummer Eve; the weekend with
    // Midsummer Day follows, so the latest lawful date is Monday 28.6.2027 (MääräaikaL 5 §).
    walk.setDay('2026-06-25');
    walk.complete('Task_Agreement');
    expect(stages(walk).toSorted(byId)).toEqual(period('2027-06-28'));
    // Reviewed on Tuesday 1.6.2027 and continued: the next review by Thursday 1.6.2028.
    walk.setDay('2027-06-01');
    walk.complete('Task_Visits');
    walk.complete('Task_FollowPeriod');
    walk.complete('Task_Review');
    walk.choose('Gateway_Continue', 'Flow_Continues');
    expect(stages(walk).toSorted(byId)).toEqual(period('2028-06-01'));
    walk.setDay('2028-05-15');
    reviewAndEnd(walk);
    expect(walk.trace().filter((id) => id === 'Task_ChooseFamily')).toHaveLength(2);
    expect(walk.trace()).not.toContain('Task_DecideSocialWelfare');
  });
});
