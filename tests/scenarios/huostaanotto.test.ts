/**
 * Preparing and deciding a care order (models/huostaanotto.bpmn): the typical cases of issue #4
 * as walkthroughs, with the stages, roles and deadlines a worker sees. Dates are fixed so the
 * statutory deadlines are exact; each expected date is counted by hand in the comment beside it.
 */
import type { Pathway } from '@polku/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { answers, endsReached, loadModel, stages, startWalk, type ScenarioWalk } from './_support/scenario.js';

const SOCIAL_WORKER = 'Lapsen asioista vastaava sosiaalityöntekijä';
const LEADING_OFFICIAL = 'Johtava viranhaltija tai hänen määräämänsä viranhaltija';
const COURT = 'Hallinto-oikeus ja korkein hallinto-oikeus';
let model: Pathway;

beforeAll(async () => {
  model = await loadModel('huostaanotto.bpmn');
});

/** Preparation up to the question whether anyone opposes: grounds met, network mapped, plans made, everyone heard. */
function prepareAndHear(walk: ScenarioWalk): void {
  walk.complete('Task_PrepareCareOrder');
  walk.choose('Gateway_Grounds', 'Flow_GroundsMet');
  for (const id of ['Task_MapNetwork', 'Task_PlanSubstituteCare', 'Task_HearChild', 'Task_HearParties']) walk.complete(id);
}

describe('a care order the guardian consents to, decided by the leading official', () => {
  it('starts with the preparation by the responsible social worker', () => {
    // given
    const walk = startWalk(model, '2026-03-02');
    // then
    expect(stages(walk)).toEqual([{ id: 'Task_PrepareCareOrder', name: 'Valmistele huostaanotto työparin kanssa', role: SOCIAL_WORKER, deadlines: [] }]);
  });

  it('goes to the leading official, then counts the appeal period and the three months for execution', () => {
    // given
    const walk = startWalk(model, '2026-03-02');
    prepareAndHear(walk);
    expect(answers(walk, 'Gateway_Opposed')).toEqual({ Flow_NotOpposed: 'Ei, kukaan ei vastusta', Flow_Opposed: 'Kyllä, huoltaja tai lapsi vastustaa' });
    // when
    walk.choose('Gateway_Opposed', 'Flow_NotOpposed');
    // then
    expect(stages(walk)).toEqual([expect.objectContaining({ id: 'Task_DecideCareOrder', role: LEADING_OFFICIAL })]);

    // when: decided and served on Monday 16.3.2026
    walk.setDay('2026-03-16');
    walk.complete('Task_DecideCareOrder');
    // then: 30 days from 16.3., the day itself not counted → Wednesday 15.4.2026 (808/2019 13 §, MääräaikaL 2 §)
    expect(stages(walk)).toEqual([{ id: 'Task_NotifyDecision', name: 'Anna päätös tiedoksi ja kerro muutoksenhausta', role: SOCIAL_WORKER, deadlines: ['Valitusaika päättyy: 2026-04-15'] }]);

    // when: no appeal; final on Thursday 16.4.2026
    walk.complete('Task_NotifyDecision');
    walk.setDay('2026-04-16');
    walk.choose('Gateway_Appealed', 'Flow_NotAppealed');
    // then: three months from 16.4. → Thursday 16.7.2026 (LSL 48 §, MääräaikaL 3 §)
    expect(stages(walk)).toEqual([{ id: 'Task_ExecuteCareOrder', name: 'Pane huostaanotto täytäntöön', role: SOCIAL_WORKER, deadlines: ['Täytäntöönpano aloitettava viimeistään: 2026-07-16'] }]);

    walk.complete('Task_ExecuteCareOrder');
    expect(walk.done).toBe(true);
    expect(endsReached(walk)).toEqual(['End_CareOrderInForce']);
    expect(walk.trace()).not.toContain('Task_ApplyToCourt');
  });
});

describe('a care order a 13-year-old opposes, so the leading official applies to the administrative court', () => {
  it('goes through the court, an appeal that fails, and execution', () => {
    // given
    const walk = startWalk(model, '2026-06-01');
    prepareAndHear(walk);
    // when
    walk.choose('Gateway_Opposed', 'Flow_Opposed');
    // then
    expect(stages(walk)).toEqual([expect.objectContaining({ id: 'Task_ApplyToCourt', role: LEADING_OFFICIAL })]);
    walk.complete('Task_ApplyToCourt');
    expect(stages(walk)).toEqual([expect.objectContaining({ id: 'Task_CourtProceedings', role: COURT })]);
    walk.complete('Task_CourtProceedings');
    expect(answers(walk, 'Gateway_CourtRuling')).toEqual({ Flow_CourtGranted: 'Kyllä, lapsi otetaan huostaan', Flow_CourtRejected: 'Ei, hakemus hylättiin' });

    // when: the court grants the care order; served on Tuesday 24.11.2026
    walk.setDay('2026-11-24');
    walk.choose('Gateway_CourtRuling', 'Flow_CourtGranted');
    // then: day 30 is Christmas Eve (Thu 24.12.2026); Christmas Day, St Stephen's Day (a Saturday) and
    // Sunday follow, so the appeal can still be made on Monday 28.12.2026 (MääräaikaL 5 §)
    expect(stages(walk)).toEqual([expect.objectContaining({ id: 'Task_NotifyDecision', role: SOCIAL_WORKER, deadlines: ['Valitusaika päättyy: 2026-12-28'] })]);

    // when: appealed to the Supreme Administrative Court, which upholds the order on Tuesday 30.11.2027
    walk.complete('Task_NotifyDecision');
    walk.choose('Gateway_Appealed', 'Flow_Appealed');
    expect(stages(walk)).toEqual([expect.objectContaining({ id: 'Task_AppealProceedings', role: COURT })]);
    walk.complete('Task_AppealProceedings');
    walk.setDay('2027-11-30');
    walk.choose('Gateway_AppealOutcome', 'Flow_Upheld');
    // then: 30.11. + 3 months has no 30th day in February → Tuesday 29.2.2028 (leap year, MääräaikaL 3 §)
    expect(stages(walk)).toEqual([expect.objectContaining({ id: 'Task_ExecuteCareOrder', deadlines: ['Täytäntöönpano aloitettava viimeistään: 2028-02-29'] })]);

    walk.complete('Task_ExecuteCareOrder');
    expect(endsReached(walk)).toEqual(['End_CareOrderInForce']);
    expect(walk.trace()).not.toContain('Task_DecideCareOrder');
  });

  it('ends without a care order when the court rejects the application', () => {
    // given
    const walk = startWalk(model, '2026-06-01');
    prepareAndHear(walk);
    walk.choose('Gateway_Opposed', 'Flow_Opposed');
    walk.complete('Task_ApplyToCourt');
    walk.complete('Task_CourtProceedings');
    // when
    walk.choose('Gateway_CourtRuling', 'Flow_CourtRejected');
    // then
    expect(walk.done).toBe(true);
    expect(endsReached(walk)).toEqual(['End_ApplicationRejected']);
    expect(walk.trace()).not.toContain('Task_NotifyDecision');
  });
});

describe('a preparation that finds the conditions are not met', () => {
  it('ends at once, before any hearing, and open care continues', () => {
    // given
    const walk = startWalk(model, '2026-03-02');
    walk.complete('Task_PrepareCareOrder');
    // when
    walk.choose('Gateway_Grounds', 'Flow_GroundsNotMet');
    // then
    expect(endsReached(walk)).toEqual(['End_NoCareOrder']);
    expect(walk.trace()).not.toContain('Task_HearParties');
  });
});
