/**
 * The child welfare client process (models/lastensuojelu-asiakasprosessi.bpmn): the typical cases
 * of issue #4 as walkthroughs, with the stages, roles and deadlines a worker sees. Dates are fixed
 * so the statutory deadlines are exact; each expected date is counted by hand in the comment
 * beside it (domain brief §4.3). Cases that enter the care-order or aftercare pathways stop at
 * their first stage, because those pathways are modelled in their own files.
 */
import type { Pathway } from '@polku/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { answers, endsReached, loadModel, stages, startWalk, type ScenarioWalk } from './_support/scenario.js';

const SOCIAL_WORKER = 'Lapsen asioista vastaava sosiaalityöntekijä';
const CHILD_AND_FAMILY = 'Lapsi ja perhe';
const DECIDING_SOCIAL_WORKER = 'Päättävä sosiaalityöntekijä (viranhaltija)';
const LEADING_OFFICIAL = 'Johtava viranhaltija tai hänen määräämänsä sosiaalityöntekijä';
const ASSESSMENT_START = 'Arvioinnin aloitus viimeistään';
const ASSESSMENT_DONE = 'Arviointi valmis viimeistään';
let model: Pathway;

beforeAll(async () => {
  model = await loadModel('lastensuojelu-asiakasprosessi.bpmn');
});

/** Not urgent; the assessment completed on `completedOn` found a need for child welfare; the plan is made that day. */
function clientWithPlan(initiatedOn: string, completedOn: string): ScenarioWalk {
  const walk = startWalk(model, initiatedOn);
  walk.complete('Task_RegisterCase', { initiatedOn });
  walk.choose('Gateway_Urgent', 'Flow_NotUrgent');
  walk.setDay(completedOn);
  walk.complete('Task_Assessment', { assessmentCompletedOn: completedOn });
  walk.choose('Gateway_AssessmentResult', 'Flow_ClientRelationship');
  walk.complete('Task_StartClientRelationship', { clientSince: completedOn });
  walk.complete('Task_ChildAndFamilyViews');
  walk.complete('Task_ClientPlan');
  return walk;
}

describe('a notification that leads to no client relationship after the assessment', () => {
  it('shows the urgency check and the assessment side by side, with both assessment deadlines counted from the initiation', () => {
    // given: a notification on Thursday 2.4.2026, the day before Good Friday
    const walk = startWalk(model, '2026-04-02');
    // then: 7 working days skip Good Friday 3.4., the weekend and Easter Monday 6.4.:
    // Tue 7.4. (1) … Fri 10.4. (4), Mon 13.4. (5), Tue 14.4. (6), Wed 15.4. (7); 3 months → Thursday 2.7.2026
    expect(stages(walk)).toEqual([
      { id: 'Task_RegisterCase', name: 'Kirjaa vireilletulo ja arvioi kiireellisyys', role: SOCIAL_WORKER, deadlines: [] },
      {
        id: 'Task_Assessment',
        name: 'Aloita ja tee palvelutarpeen arviointi',
        role: SOCIAL_WORKER,
        deadlines: [`${ASSESSMENT_START}: 2026-04-15`, `${ASSESSMENT_DONE}: 2026-07-02`],
      },
    ]);
  });

  it('closes the case without a client relationship', () => {
    // given
    const walk = startWalk(model, '2026-04-02');
    walk.complete('Task_RegisterCase');
    expect(answers(walk, 'Gateway_Urgent')).toEqual({
      Flow_ImmediateDanger: 'Kyllä, lapsi on välittömässä vaarassa',
      Flow_UrgentSupport: 'Kyllä, kiireellinen avohuollon tukitoimi riittää',
      Flow_NotUrgent: 'Ei kiireellistä tarvetta',
    });
    walk.choose('Gateway_Urgent', 'Flow_NotUrgent');
    expect(walk.active).toEqual(['Task_Assessment']);

    // when: the assessment is completed on Tuesday 14.4.2026
    walk.setDay('2026-04-14');
    walk.complete('Task_Assessment', { assessmentCompletedOn: '2026-04-14' });
    // then
    expect(answers(walk, 'Gateway_AssessmentResult')).toEqual({
      Flow_NoClientRelationship: 'Ei lastensuojelun asiakkuutta',
      Flow_ClientRelationship: 'Asiakkuus alkaa tai jatkuu',
      Flow_PrepareCareOrder: 'Huostaanotto on valmisteltava',
    });

    // when
    walk.choose('Gateway_AssessmentResult', 'Flow_NoClientRelationship');
    // then
    expect(stages(walk)).toEqual([expect.objectContaining({ id: 'Task_CloseAfterAssessment', role: SOCIAL_WORKER, deadlines: [] })]);
    walk.complete('Task_CloseAfterAssessment');
    expect(walk.done).toBe(true);
    expect(endsReached(walk)).toEqual(['End_NoClientRelationship']);
    expect(walk.trace()).not.toContain('Task_StartClientRelationship');
  });
});

describe('an assessment that leads to open-care support and closing', () => {
  it('counts the 7 working days past May Day, plans with the child and family, reviews yearly and closes', () => {
    // given: a notification on Tuesday 29.4.2025
    const walk = startWalk(model, '2025-04-29');
    // then: the latest lawful start skips May Day (Thu 1.5.): Wed 30.4. (1), Fri 2.5. (2) … Fri 9.5. (7);
    // 3 months → Tuesday 29.7.2025
    expect(stages(walk)[1]).toEqual(expect.objectContaining({ id: 'Task_Assessment', deadlines: [`${ASSESSMENT_START}: 2025-05-09`, `${ASSESSMENT_DONE}: 2025-07-29`] }));

    // when: not urgent; completed on Monday 16.6.2025 with a need for child welfare
    walk.complete('Task_RegisterCase');
    walk.choose('Gateway_Urgent', 'Flow_NotUrgent');
    walk.setDay('2025-06-16');
    walk.complete('Task_Assessment');
    walk.choose('Gateway_AssessmentResult', 'Flow_ClientRelationship');
    // then
    expect(stages(walk)).toEqual([
      { id: 'Task_StartClientRelationship', name: 'Kirjaa asiakkuuden alkaminen', role: SOCIAL_WORKER, deadlines: [] },
    ]);
    walk.complete('Task_StartClientRelationship', { clientSince: '2025-06-16' });
    expect(stages(walk)).toEqual([expect.objectContaining({ id: 'Task_ChildAndFamilyViews', role: CHILD_AND_FAMILY })]);
    walk.complete('Task_ChildAndFamilyViews');
    expect(stages(walk)).toEqual([expect.objectContaining({ id: 'Task_ClientPlan', role: SOCIAL_WORKER })]);

    // when: the plan is made on 16.6.2025 and support is given at home
    walk.complete('Task_ClientPlan');
    expect(answers(walk, 'Gateway_SupportForm')).toEqual({ Flow_SupportAtHome: 'Ei, tukitoimet kotiin', Flow_OpenCarePlacement: 'Kyllä, avohuollon sijoitus' });
    walk.choose('Gateway_SupportForm', 'Flow_SupportAtHome');
    // then: the plan is reviewed at least yearly → Tuesday 16.6.2026
    expect(stages(walk)).toEqual([
      {
        id: 'Task_OpenCareSupport',
        name: 'Järjestä ja seuraa avohuollon tukitoimia',
        role: SOCIAL_WORKER,
        deadlines: ['Asiakassuunnitelman tarkistus viimeistään: 2026-06-16'],
      },
    ]);

    // when: in January 2026 the need has ended, and no aftercare is due
    walk.setDay('2026-01-15');
    walk.complete('Task_OpenCareSupport');
    walk.choose('Gateway_Review', 'Flow_NeedEnded');
    walk.choose('Gateway_AftercareRight', 'Flow_NoAftercare');
    // then
    expect(stages(walk)).toEqual([expect.objectContaining({ id: 'Task_CloseClientRelationship', role: SOCIAL_WORKER, deadlines: [] })]);
    walk.complete('Task_CloseClientRelationship', { closedOn: '2026-01-15', closingGround: 'Lastensuojelun tarve päättyi' });
    expect(walk.done).toBe(true);
    expect(endsReached(walk)).toEqual(['End_ClientRelationshipClosed']);
    expect(walk.trace()).not.toContain('Call_Aftercare');
  });
});

describe('an open-care placement of the child alone for over 6 months', () => {
  it('reviews the placement every 3 months and goes on to aftercare', () => {
    // given: a client from Monday 1.9.2025, placed alone as an open-care support measure that day
    const walk = clientWithPlan('2025-08-18', '2025-09-01');
    walk.choose('Gateway_SupportForm', 'Flow_OpenCarePlacement');
    // then: 3 months → Monday 1.12.2025
    expect(stages(walk)).toEqual([
      { id: 'Task_OpenCarePlacement', name: 'Toteuta avohuollon sijoitus', role: SOCIAL_WORKER, deadlines: ['Sijoituksen arviointi viimeistään: 2025-12-01'] },
    ]);

    // when: reviewed on Monday 1.12.2025; the placement continues
    walk.setDay('2025-12-01');
    walk.complete('Task_OpenCarePlacement');
    walk.choose('Gateway_Review', 'Flow_SupportContinues');
    // then: back to the child's and family's views and the plan
    expect(walk.active).toEqual(['Task_ChildAndFamilyViews']);
    walk.complete('Task_ChildAndFamilyViews');
    walk.complete('Task_ClientPlan');
    walk.choose('Gateway_SupportForm', 'Flow_OpenCarePlacement');
    // then: 3 months from 1.12.2025 is Sunday 1.3.2026, so the latest day moves to Monday 2.3.2026 (MääräaikaL 5 §)
    expect(stages(walk)).toEqual([expect.objectContaining({ id: 'Task_OpenCarePlacement', deadlines: ['Sijoituksen arviointi viimeistään: 2026-03-02'] })]);

    // when: on Monday 2.3.2026 (6 months since 1.9.2025) the need has ended; the placement gives a right to aftercare
    walk.setDay('2026-03-02');
    walk.complete('Task_OpenCarePlacement');
    walk.choose('Gateway_Review', 'Flow_NeedEnded');
    walk.choose('Gateway_AftercareRight', 'Flow_Aftercare');
    // then: the aftercare pathway opens (its own stages are checked in jalkihuolto.test.ts)
    expect(walk.active).toHaveLength(1);
    expect(walk.active[0]).toMatch(/^Call_Aftercare\//);
    expect(walk.trace()).toContain('Call_Aftercare');
  });
});

describe('an emergency placement at initiation that is extended and leads to a care order', () => {
  it('walks the emergency placement beside the assessment, keeping the assessment deadlines, and opens the care-order pathway', () => {
    // given: the social emergency service learns of the child on Monday 13.4.2026
    const walk = startWalk(model, '2026-04-13');
    walk.complete('Task_RegisterCase');
    // when
    walk.choose('Gateway_Urgent', 'Flow_ImmediateDanger');
    // then: the emergency placement's first question, beside the assessment
    // (7 working days: Tue 14.4. (1) … Wed 22.4. (7); 3 months → Monday 13.7.2026)
    const assessment = { id: 'Task_Assessment', name: 'Aloita ja tee palvelutarpeen arviointi', role: SOCIAL_WORKER, deadlines: [`${ASSESSMENT_START}: 2026-04-22`, `${ASSESSMENT_DONE}: 2026-07-13`] };
    expect(stages(walk)).toEqual([
      { id: 'Call_EmergencyPlacement/Gateway_HearFirst', name: 'Voidaanko näkemykset selvittää ennen päätöstä?', role: SOCIAL_WORKER, deadlines: [] },
      assessment,
    ]);

    // when: no time to hear first; the designated social worker decides that day
    walk.choose('Call_EmergencyPlacement/Gateway_HearFirst', 'Call_EmergencyPlacement/Flow_NoTimeToHear');
    expect(stages(walk)[0]).toEqual(expect.objectContaining({ id: 'Call_EmergencyPlacement/Task_DecidePlacement', role: DECIDING_SOCIAL_WORKER }));
    walk.complete('Call_EmergencyPlacement/Task_DecidePlacement');
    // then: day 30 is Tuesday 12.5.2026, and the assessment still counts from 13.4.
    expect(stages(walk)).toEqual([
      expect.objectContaining({
        id: 'Call_EmergencyPlacement/Task_DuringPlacement',
        role: SOCIAL_WORKER,
        deadlines: ['Kiireellinen sijoitus päättyy viimeistään: 2026-05-12', 'Huostaanottopäätös tai hakemus hallinto-oikeudelle viimeistään: 2026-05-12'],
      }),
      assessment,
    ]);

    // when: on day 30 the placement is extended by the leading official
    walk.setDay('2026-05-12');
    walk.complete('Call_EmergencyPlacement/Task_DuringPlacement');
    walk.choose('Call_EmergencyPlacement/Gateway_Direction', 'Call_EmergencyPlacement/Flow_FurtherInquiries');
    expect(stages(walk)[0]).toEqual(expect.objectContaining({ id: 'Call_EmergencyPlacement/Task_ExtendPlacement', role: LEADING_OFFICIAL }));
    walk.complete('Call_EmergencyPlacement/Task_ExtendPlacement');
    // then: 30 days after 12.5. → Thursday 11.6.2026, day 60 of the placement
    expect(stages(walk)[0]).toEqual(expect.objectContaining({ id: 'Call_EmergencyPlacement/Task_DuringExtension', deadlines: ['Jatkettu sijoitus päättyy viimeistään: 2026-06-11', 'Huostaanottopäätös tai hakemus hallinto-oikeudelle viimeistään: 2026-06-11'] }));

    // when: a care order is needed; the assessment is completed the same day, Friday 5.6.2026
    walk.setDay('2026-06-05');
    walk.complete('Call_EmergencyPlacement/Task_DuringExtension');
    walk.choose('Call_EmergencyPlacement/Gateway_AfterExtension', 'Call_EmergencyPlacement/Flow_CareOrderAfterExtension');
    // then: the emergency pathway has ended; the assessment is left
    expect(walk.active).toEqual(['Task_Assessment']);
    expect(walk.trace()).toContain('Call_EmergencyPlacement/End_ToCareOrder');

    // when
    walk.complete('Task_Assessment');
    walk.choose('Gateway_AssessmentResult', 'Flow_PrepareCareOrder');
    // then: the care-order pathway opens (its own stages are checked in huostaanotto.test.ts)
    expect(walk.active).toHaveLength(1);
    expect(walk.active[0]).toMatch(/^Call_CareOrder\//);
    expect(walk.trace()).not.toContain('Task_StartClientRelationship');
  });
});
