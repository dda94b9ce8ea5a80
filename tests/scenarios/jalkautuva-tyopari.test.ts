/**
 * The multi-professional outreach work pair (models/jalkautuva-tyopari.bpmn): the typical cases
 * of issue #4 as walkthroughs, with the stages, roles and deadlines a worker sees. Dates are fixed
 * so the statutory deadlines are exact; each expected date is counted by hand in the comment next
 * to it (domain brief §2.1 D02, D03 and D06; §4.3: the day of initiation is day 0, Saturdays,
 * Sundays and church holidays are not working days, and the latest lawful date also skips May Day,
 * Independence Day, Midsummer Eve and Christmas Eve; a month limit ending on a day off moves to
 * the next working day).
 */
import type { Pathway } from '@polku/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { answers, endsReached, loadModel, stages, stageView, startWalk } from './_support/scenario.js';

const SOCIAL_WORKER = 'Lastensuojelun sosiaalityöntekijä';
const PAIR = 'Työpari yhdessä';
const PARTNER = 'Toisen palvelun ammattilainen';
const START_BY = 'Palvelutarpeen arviointi aloitettava viimeistään';
const DONE_BY = 'Palvelutarpeen arviointi valmis viimeistään';
const REVIEW = 'Lastensuojelun asiakassuunnitelman tarkistus viimeistään';
let model: Pathway;

beforeAll(async () => {
  model = await loadModel('jalkautuva-tyopari.bpmn');
});

describe('a case initiated just before Christmas, assessed by the pair, with a joint plan', () => {
  it('shows both assessment time limits from the day of initiation, beside the pair’s own steps', () => {
    // given a case initiated on Mon 22.12.2025
    const walk = startWalk(model, '2025-12-22');
    expect(stages(walk).map(({ id, role }) => ({ id, role }))).toEqual([
      { id: 'Gateway_Assessment', role: SOCIAL_WORKER },
      { id: 'Task_FormPair', role: SOCIAL_WORKER },
    ]);
    expect(answers(walk, 'Gateway_Assessment')).toEqual({
      Flow_NewCase: 'Kyllä, asia on tullut vireille',
      Flow_ExistingClient: 'Ei, perhe on jo asiakkaana',
    });

    // when
    walk.choose('Gateway_Assessment', 'Flow_NewCase');

    // then start: Tue 23.12 (1); Christmas Eve skipped; 25.–26.12 holidays; Mon 29.12 (2), Tue 30.12 (3),
    // Wed 31.12 (4); New Year's Day; Fri 2.1 (5), Mon 5.1 (6); Epiphany Tue 6.1; Wed 7.1.2026 (7).
    // Complete: 22.12.2025 + 3 months = Sun 22.3.2026 → Mon 23.3.2026.
    expect(stageView(walk, 'Task_Assessment')).toEqual({
      id: 'Task_Assessment',
      name: 'Vastaa palvelutarpeen arvioinnista ja sen määräajoista',
      role: SOCIAL_WORKER,
      deadlines: [`${START_BY}: 2026-01-07`, `${DONE_BY}: 2026-03-23`],
    });
  });

  it('walks the pair’s visits, the joint plan and two follow-up periods to the hand-over', () => {
    // given
    const walk = startWalk(model, '2025-12-22');
    walk.choose('Gateway_Assessment', 'Flow_NewCase');

    // when the pair forms and visits while the social worker carries the assessment
    walk.setDay('2025-12-23');
    walk.complete('Task_FormPair');
    expect(stageView(walk, 'Task_JointVisits')).toMatchObject({ name: 'Tehkää yhteiset kotikäynnit', role: PAIR, deadlines: [] });
    walk.setDay('2026-01-08');
    walk.complete('Task_JointVisits');
    expect(stageView(walk, 'Task_PartnerView')).toMatchObject({ name: 'Arvioi oman palvelusi tarve', role: PARTNER, deadlines: [] });
    walk.complete('Task_PartnerView');

    // then the decision waits until the assessment is complete too
    expect(stages(walk).map(({ id }) => id)).toEqual(['Task_Assessment']);
    walk.setDay('2026-03-12');
    walk.complete('Task_Assessment');
    expect(answers(walk, 'Gateway_Outcome')).toEqual({
      Flow_BothNeeded: 'Kyllä, tarvitaan yhteinen suunnitelma',
      Flow_OneService: 'Ei, tuki järjestyy yhden palvelun kautta',
    });
    walk.choose('Gateway_Outcome', 'Flow_BothNeeded');
    expect(stageView(walk, 'Task_JointPlan').role).toBe(PAIR);

    // when the plan is made on Fri 20.3.2026: 20.3.2027 is a Saturday → Mon 22.3.2027
    walk.setDay('2026-03-20');
    walk.complete('Task_JointPlan');
    expect(stages(walk)).toEqual([
      { id: 'Task_FollowUp', name: 'Seuratkaa suunnitelman toteutumista', role: PAIR, deadlines: [`${REVIEW}: 2027-03-22`] },
    ]);

    // when the review on Tue 15.9.2026 continues the work: the next is due Wed 15.9.2027
    walk.setDay('2026-09-15');
    walk.complete('Task_FollowUp');
    walk.choose('Gateway_Continue', 'Flow_Continue');
    expect(stageView(walk, 'Task_FollowUp').deadlines).toEqual([`${REVIEW}: 2027-09-15`]);

    // when the next review ends it
    walk.setDay('2027-03-10');
    walk.complete('Task_FollowUp');
    walk.choose('Gateway_Continue', 'Flow_Finish');
    expect(stages(walk)).toEqual([
      { id: 'Task_HandOver', name: 'Päätä työparityöskentely ja siirrä vastuu', role: SOCIAL_WORKER, deadlines: [] },
    ]);
    walk.complete('Task_HandOver');

    // then
    expect(walk.done).toBe(true);
    expect(endsReached(walk)).toEqual(['End_PairWorkEnded']);
  });
});

describe('a family already in child welfare, where one service turns out to be enough', () => {
  it('runs no assessment and shows no statutory deadline anywhere', () => {
    const walk = startWalk(model, '2026-02-02');
    walk.choose('Gateway_Assessment', 'Flow_ExistingClient');
    expect(stages(walk).map(({ id }) => id)).toEqual(['Task_FormPair']);

    const seen = [];
    for (const id of ['Task_FormPair', 'Task_JointVisits', 'Task_PartnerView']) {
      seen.push(...stages(walk));
      walk.complete(id);
    }
    seen.push(...stages(walk));
    walk.choose('Gateway_Outcome', 'Flow_OneService');
    seen.push(...stages(walk));
    walk.complete('Task_HandOver');

    expect(seen.map(({ id, role }) => ({ id, role }))).toEqual([
      { id: 'Task_FormPair', role: SOCIAL_WORKER },
      { id: 'Task_JointVisits', role: PAIR },
      { id: 'Task_PartnerView', role: PARTNER },
      { id: 'Gateway_Outcome', role: SOCIAL_WORKER },
      { id: 'Task_HandOver', role: SOCIAL_WORKER },
    ]);
    expect(seen.flatMap(({ deadlines }) => deadlines)).toEqual([]);
    expect(walk.trace()).not.toContain('Task_Assessment');
    expect(endsReached(walk)).toEqual(['End_PairWorkEnded']);
  });
});

describe('a new case around May Day that needs no joint plan', () => {
  it('skips May Day for the latest start date and hands over after the assessment', () => {
    // given a case initiated on Tue 29.4.2025
    const walk = startWalk(model, '2025-04-29');
    walk.choose('Gateway_Assessment', 'Flow_NewCase');

    // then start: Wed 30.4 (1); May Day Thu 1.5 skipped; Fri 2.5 (2), Mon 5.5 (3), Tue 6.5 (4),
    // Wed 7.5 (5), Thu 8.5 (6), Fri 9.5.2025 (7). Complete: 29.4.2025 + 3 months = Tue 29.7.2025.
    expect(stageView(walk, 'Task_Assessment').deadlines).toEqual([`${START_BY}: 2025-05-09`, `${DONE_BY}: 2025-07-29`]);

    // when
    walk.setDay('2025-05-06');
    walk.complete('Task_FormPair');
    walk.complete('Task_JointVisits');
    walk.complete('Task_PartnerView');
    walk.setDay('2025-06-17');
    walk.complete('Task_Assessment');
    walk.choose('Gateway_Outcome', 'Flow_OneService');
    walk.complete('Task_HandOver');

    // then
    expect(walk.done).toBe(true);
    expect(walk.trace()).not.toContain('Task_JointPlan');
    expect(endsReached(walk)).toEqual(['End_PairWorkEnded']);
  });
});
