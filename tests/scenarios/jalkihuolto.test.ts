/**
 * Aftercare (models/jalkihuolto.bpmn): the typical cases of issue #4 as walkthroughs, with the
 * stages, roles and deadlines a worker sees. Dates are fixed so the statutory deadlines are
 * exact; each expected date is counted by hand in the comment beside it.
 */
import type { Pathway } from '@polku/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { answers, endsReached, guidance, loadModel, stages, startWalk } from './_support/scenario.js';

const SOCIAL_WORKER = 'Lapsen asioista vastaava sosiaalityöntekijä';
const YOUNG_PERSON = 'Lapsi tai nuori';
const REVIEW = 'Asiakassuunnitelma tarkistettava viimeistään';
let model: Pathway;

beforeAll(async () => {
  model = await loadModel('jalkihuolto.bpmn');
});

describe('aftercare after care ended at 18, with studies away from home at 19, ending at the statutory age', () => {
  it('shows the five-year limit while the right to aftercare is checked', () => {
    // given: care ended on Wednesday 20.5.2026
    const walk = startWalk(model, '2026-05-20');
    // then: five years later is Tuesday 20.5.2031 (LSL 75 § 3 mom.); the 23rd birthday is checked by the worker
    expect(stages(walk)).toEqual([
      {
        id: 'Task_CheckAftercareRight',
        name: 'Selvitä oikeus jälkihuoltoon ja sen kesto',
        role: SOCIAL_WORKER,
        deadlines: ['Jälkihuollon viiden vuoden enimmäisaika päättyy: 2031-05-20'],
      },
    ]);
    expect(guidance(walk, 'Task_CheckAftercareRight')).toContain('viimeistään, kun nuori täyttää 23 vuotta');
    expect(guidance(walk, 'Task_CheckAftercareRight')).not.toContain('25 vuotta (LSL');
  });

  it('walks the plan, the yearly reviews and the closing steps', () => {
    // given
    const walk = startWalk(model, '2026-05-20');
    walk.complete('Task_CheckAftercareRight', { aftercareEndsOn: '2031-05-20' });
    expect(answers(walk, 'Gateway_Right')).toEqual({
      Flow_Statutory: 'Kyllä, hyvinvointialueen on järjestettävä jälkihuolto',
      Flow_Discretionary: 'Ei lakisääteistä oikeutta, harkitaan',
      Flow_NoRight: 'Ei, jälkihuoltoa ei järjestetä',
    });
    walk.choose('Gateway_Right', 'Flow_Statutory');
    walk.complete('Task_OfferAftercare');
    // then: the young person decides whether to take aftercare
    expect(stages(walk)).toEqual([expect.objectContaining({ id: 'Gateway_Accepts', role: YOUNG_PERSON })]);
    walk.choose('Gateway_Accepts', 'Flow_Accepts');
    expect(guidance(walk, 'Task_AftercarePlan')).toContain('muuttoa opiskelemaan toiselle paikkakunnalle');

    // when: the plan is ready on Wednesday 10.6.2026
    walk.setDay('2026-06-10');
    walk.complete('Task_AftercarePlan');
    // then: the plan is reviewed by Thursday 10.6.2027 (LSL 30 § 2 mom.)
    expect(stages(walk)).toEqual([
      { id: 'Task_ProvideAftercare', name: 'Järjestä jälkihuollon tuki ja seuraa suunnitelmaa', role: SOCIAL_WORKER, deadlines: [`${REVIEW}: 2027-06-10`] },
    ]);

    // when: at 19 the plan is revised on Tuesday 25.5.2027 for studies in another town
    walk.setDay('2027-05-25');
    walk.complete('Task_ProvideAftercare');
    walk.choose('Gateway_AftercareContinues', 'Flow_Continues');
    // then: a year later is Ascension Day (Thursday 25.5.2028), so the latest day is Friday 26.5.2028 (MääräaikaL 5 §)
    expect(stages(walk)).toEqual([expect.objectContaining({ id: 'Task_ProvideAftercare', deadlines: [`${REVIEW}: 2028-05-26`] })]);

    // when: aftercare reaches the statutory age limit
    walk.setDay('2031-05-20');
    walk.complete('Task_ProvideAftercare');
    walk.choose('Gateway_AftercareContinues', 'Flow_AftercareEnds');
    for (const id of ['Task_EndingPlan', 'Task_PayIndependenceFunds', 'Task_CloseClient']) {
      expect(walk.active).toEqual([id]);
      walk.complete(id);
    }
    // then
    expect(walk.done).toBe(true);
    expect(endsReached(walk)).toEqual(['End_AftercareEnded']);
  });
});

describe('a young person who declines aftercare after a six-month open-care placement', () => {
  it('ends with the decision of the young person', () => {
    // given
    const walk = startWalk(model, '2026-09-01');
    walk.complete('Task_CheckAftercareRight');
    walk.choose('Gateway_Right', 'Flow_Statutory');
    walk.complete('Task_OfferAftercare');
    // when
    walk.choose('Gateway_Accepts', 'Flow_Declines');
    // then
    expect(endsReached(walk)).toEqual(['End_AftercareDeclined']);
    expect(walk.trace()).not.toContain('Task_AftercarePlan');
  });
});

describe('a former client without a statutory right', () => {
  it('goes through a discretionary decision before aftercare is offered', () => {
    // given
    const walk = startWalk(model, '2026-09-01');
    walk.complete('Task_CheckAftercareRight');
    // when
    walk.choose('Gateway_Right', 'Flow_Discretionary');
    // then
    expect(stages(walk)).toEqual([expect.objectContaining({ id: 'Task_DecideDiscretionary', role: SOCIAL_WORKER, deadlines: [] })]);
    expect(guidance(walk, 'Task_DecideDiscretionary')).toContain('oikaisuvaatimuksella');
    walk.complete('Task_DecideDiscretionary');
    expect(walk.active).toEqual(['Task_OfferAftercare']);
  });
});
