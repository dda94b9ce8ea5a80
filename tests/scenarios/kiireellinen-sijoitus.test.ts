/**
 * Emergency placement (models/kiireellinen-sijoitus.bpmn): the typical cases of issue #4 as
 * walkthroughs, with the stages, roles and deadlines a worker sees. Dates are fixed so the
 * statutory deadlines are exact; each expected date is counted by hand in the comment beside it
 * (LSL 38 § 2 mom.: the day of placement, or the earlier day of decision, is day 1).
 */
import type { Pathway } from '@polku/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { answers, endsReached, loadModel, stages, startWalk } from './_support/scenario.js';

const SOCIAL_WORKER = 'Lapsen asioista vastaava sosiaalityöntekijä';
const CHILD_AND_FAMILY = 'Lapsi ja perhe';
const DECIDING_SOCIAL_WORKER = 'Päättävä sosiaalityöntekijä (viranhaltija)';
const LEADING_OFFICIAL = 'Johtava viranhaltija tai hänen määräämänsä sosiaalityöntekijä';
const PLACEMENT_ENDS = 'Kiireellinen sijoitus päättyy viimeistään';
const CARE_ORDER_DUE = 'Huostaanottopäätös tai hakemus hallinto-oikeudelle viimeistään';
let model: Pathway;

beforeAll(async () => {
  model = await loadModel('kiireellinen-sijoitus.bpmn');
});

describe('an emergency placement that ends within 30 days', () => {
  it('asks first whether the views can be gathered before the decision', () => {
    // given
    const walk = startWalk(model, '2026-03-02');
    // then
    expect(stages(walk)).toEqual([{ id: 'Gateway_HearFirst', name: 'Voidaanko näkemykset selvittää ennen päätöstä?', role: SOCIAL_WORKER, deadlines: [] }]);
    expect(answers(walk, 'Gateway_HearFirst')).toEqual({ Flow_HearBeforeDecision: 'Kyllä', Flow_NoTimeToHear: 'Ei, viivytys vahingoittaisi lasta' });
  });

  it('hears the child and family, has the designated social worker decide, and ends the placement by a decision', () => {
    // given: Monday 2.3.2026
    const walk = startWalk(model, '2026-03-02');
    // when
    walk.choose('Gateway_HearFirst', 'Flow_HearBeforeDecision');
    // then
    expect(stages(walk)).toEqual([expect.objectContaining({ id: 'Task_ViewsBeforeDecision', role: CHILD_AND_FAMILY, deadlines: [] })]);

    // when
    walk.complete('Task_ViewsBeforeDecision');
    // then
    expect(stages(walk)).toEqual([expect.objectContaining({ id: 'Task_DecidePlacement', role: DECIDING_SOCIAL_WORKER, deadlines: [] })]);

    // when: decided and placed on Monday 2.3.2026
    walk.complete('Task_DecidePlacement', { placementStartedOn: '2026-03-02' });
    // then: 2.3. is day 1, so day 30 is Tuesday 31.3.2026 (a working day, so target and latest agree)
    expect(stages(walk)).toEqual([
      {
        id: 'Task_DuringPlacement',
        name: 'Työskentele kiireellisen sijoituksen aikana',
        role: SOCIAL_WORKER,
        deadlines: [`${PLACEMENT_ENDS}: 2026-03-31`, `${CARE_ORDER_DUE}: 2026-03-31`],
      },
    ]);

    // when: on Friday 20.3.2026 the grounds have ceased
    walk.setDay('2026-03-20');
    walk.complete('Task_DuringPlacement');
    walk.choose('Gateway_Direction', 'Flow_GroundsCeased');
    // then: the same designated social worker ends it (LSL 13 § 1 mom., 39 § 1 mom.)
    expect(stages(walk)).toEqual([expect.objectContaining({ id: 'Task_EndPlacement', role: DECIDING_SOCIAL_WORKER })]);

    walk.complete('Task_EndPlacement', { placementEndedOn: '2026-03-20' });
    expect(walk.done).toBe(true);
    expect(endsReached(walk)).toEqual(['End_PlacementEnded']);
    expect(walk.trace()).not.toContain('Task_ExtendPlacement');
  });
});

describe('an emergency placement that is extended and followed by a care order application', () => {
  it('decides without hearing first, extends by another decision-maker on day 30, and ends in care-order preparation', () => {
    // given: Monday 13.4.2026, no time to hear anyone before the decision
    const walk = startWalk(model, '2026-04-13');
    walk.choose('Gateway_HearFirst', 'Flow_NoTimeToHear');
    expect(walk.active).toEqual(['Task_DecidePlacement']);

    // when: decided on 13.4.2026
    walk.complete('Task_DecidePlacement');
    // then: 13.4. is day 1, 30.4. day 18, so day 30 is Tuesday 12.5.2026
    expect(stages(walk)).toEqual([expect.objectContaining({ id: 'Task_DuringPlacement', deadlines: [`${PLACEMENT_ENDS}: 2026-05-12`, `${CARE_ORDER_DUE}: 2026-05-12`] })]);
    expect(answers(walk, 'Gateway_Direction')).toEqual({
      Flow_GroundsCeased: 'Perusteet lakkasivat: sijoitus lopetetaan',
      Flow_CareOrderNeeded: 'Huostaanotto on tarpeen',
      Flow_FurtherInquiries: 'Lisäselvityksiä ei saada 30 päivässä: jatketaan',
    });

    // when: on day 30 the further inquiries are still missing
    walk.setDay('2026-05-12');
    walk.complete('Task_DuringPlacement');
    walk.choose('Gateway_Direction', 'Flow_FurtherInquiries');
    // then: the leading official (or their designee) decides, not the emergency decision-maker (LSL 13 § 2–3 mom.)
    expect(stages(walk)).toEqual([expect.objectContaining({ id: 'Task_ExtendPlacement', role: LEADING_OFFICIAL, deadlines: [] })]);

    // when: the extension is decided on day 30, Tuesday 12.5.2026
    walk.complete('Task_ExtendPlacement', { extensionDecidedOn: '2026-05-12' });
    // then: 30 more days after 12.5. is Thursday 11.6.2026, the placement's day 60 (13.4. + 59 days)
    expect(stages(walk)).toEqual([
      {
        id: 'Task_DuringExtension',
        name: 'Hanki lisäselvitykset jatkoaikana',
        role: SOCIAL_WORKER,
        deadlines: ['Jatkettu sijoitus päättyy viimeistään: 2026-06-11', `${CARE_ORDER_DUE}: 2026-06-11`],
      },
    ]);

    // when: on Friday 5.6.2026 a care order turns out to be needed
    walk.setDay('2026-06-05');
    walk.complete('Task_DuringExtension');
    walk.choose('Gateway_AfterExtension', 'Flow_CareOrderAfterExtension');
    // then
    expect(walk.done).toBe(true);
    expect(endsReached(walk)).toEqual(['End_ToCareOrder']);
    expect(walk.trace()).not.toContain('Task_EndPlacement');
  });
});

describe('an emergency placement that goes straight to care-order preparation', () => {
  it('shows the 30-day limit for the care-order decision or application and ends in care-order preparation', () => {
    // given: Wednesday 7.1.2026, the views gathered first
    const walk = startWalk(model, '2026-01-07');
    walk.choose('Gateway_HearFirst', 'Flow_HearBeforeDecision');
    walk.complete('Task_ViewsBeforeDecision');
    // when: decided on Thursday 8.1.2026, the day after
    walk.setDay('2026-01-08');
    walk.complete('Task_DecidePlacement');
    // then: 8.1. is day 1, so day 30 is Friday 6.2.2026
    expect(stages(walk)).toEqual([expect.objectContaining({ id: 'Task_DuringPlacement', deadlines: [`${PLACEMENT_ENDS}: 2026-02-06`, `${CARE_ORDER_DUE}: 2026-02-06`] })]);

    // when
    walk.setDay('2026-01-20');
    walk.complete('Task_DuringPlacement');
    walk.choose('Gateway_Direction', 'Flow_CareOrderNeeded');
    // then
    expect(walk.done).toBe(true);
    expect(endsReached(walk)).toEqual(['End_ToCareOrder']);
    expect(walk.trace()).not.toContain('Task_ExtendPlacement');
  });
});
