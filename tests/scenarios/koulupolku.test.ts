/**
 * The placed child's school path (models/koulupolku.bpmn): the typical cases of issue #4 as
 * walkthroughs, with the stages, roles and deadlines a worker sees. Dates are fixed so the
 * statutory deadlines are exact.
 */
import type { Pathway } from '@polku/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { answers, endsReached, loadModel, stages, startWalk, type ScenarioWalk, type StageView } from './_support/scenario.js';

const SOCIAL_WORKER = 'Lapsen asioista vastaava sosiaalityöntekijä';
const PROVIDERS = 'Varhaiskasvatuksen ja opetuksen järjestäjät';
const PLACEMENT = 'Sijaishuoltopaikka (perhehoitajat tai laitoksen henkilöstö)';
let model: Pathway;

beforeAll(async () => {
  model = await loadModel('koulupolku.bpmn');
});

const byId = (a: StageView, b: StageView) => a.id.localeCompare(b.id);

/** The parallel part after the place is arranged: information, the placement's preparations, the start-up meeting. */
function transferAndStart(walk: ScenarioWalk, county: 'Flow_SameCounty' | 'Flow_OtherCounty'): void {
  walk.choose('Gateway_ReceivingCounty', county);
  if (county === 'Flow_OtherCounty') walk.complete('Task_NotifyReceivingCounty');
  walk.complete('Task_TransferInfo');
  walk.complete('Task_PlacementPrepares');
  walk.complete('Task_StartMeeting');
}

/** Placed in a children's home of the same county on Monday 3.8.2026; the client plan is written on Friday 14.8.2026. */
function placedAndStarted(): ScenarioWalk {
  const walk = startWalk(model, '2026-08-03');
  walk.choose('Gateway_PlacementType', 'Flow_CareOrderInstitution');
  walk.complete('Task_Institution');
  walk.complete('Task_Prepare');
  walk.choose('Gateway_Continuity', 'Flow_ChangeSchool');
  walk.choose('Gateway_AgeGroup', 'Flow_UpperSecondary');
  walk.complete('Task_ArrangeUpperSecondary');
  transferAndStart(walk, 'Flow_SameCounty');
  walk.setDay('2026-08-14');
  walk.complete('Task_RecordPlan');
  return walk;
}

/** Taken into care and placed in a family home in another county on Monday 12.1.2026. */
function placedInFamilyCare(): ScenarioWalk {
  const walk = startWalk(model, '2026-01-12');
  walk.choose('Gateway_PlacementType', 'Flow_CareOrderFamily');
  walk.complete('Task_FamilyCare');
  walk.complete('Task_Prepare');
  walk.choose('Gateway_Continuity', 'Flow_ChangeSchool');
  walk.choose('Gateway_AgeGroup', 'Flow_Ecec');
  walk.complete('Task_ArrangeEcec');
  return walk;
}

describe('an emergency placement of a 9-year-old in another municipality', () => {
  it('asks the placement type first, as the social worker', () => {
    const walk = startWalk(model, '2026-03-02');
    expect(stages(walk)).toEqual([expect.objectContaining({ id: 'Gateway_PlacementType', role: SOCIAL_WORKER })]);
    expect(answers(walk, 'Gateway_PlacementType')).toMatchObject({ Flow_Emergency: 'Kiireellinen sijoitus' });
  });

  it('counts the 30-day limit from the placement day', () => {
    const walk = startWalk(model, '2026-03-02');
    walk.choose('Gateway_PlacementType', 'Flow_Emergency');
    // Placed on Monday 2.3.2026, which is day 1 (LSL 38 § 2 mom.): day 30 is Tuesday 31.3.2026, a working day.
    const emergency = {
      id: 'Task_Emergency',
      name: 'Tarkista kiireellisen sijoituksen koulujärjestelyt',
      role: SOCIAL_WORKER,
      deadlines: ['Kiireellinen sijoitus enintään: 2026-03-31'],
    };
    expect(stages(walk)).toEqual([emergency]);
    // Looked at three days later, the limit still runs from the placement day.
    walk.setDay('2026-03-05');
    expect(stages(walk)).toEqual([emergency]);
  });

  it('goes through basic education and tells the receiving county, and closes', () => {
    const walk = startWalk(model, '2026-03-02');
    walk.choose('Gateway_PlacementType', 'Flow_Emergency');
    expect(walk.active).toEqual(['Task_Emergency']);
    walk.complete('Task_Emergency');
    walk.complete('Task_Prepare');
    walk.choose('Gateway_Continuity', 'Flow_ChangeSchool');
    walk.choose('Gateway_AgeGroup', 'Flow_BasicEducation');
    walk.complete('Task_ArrangeBasic');
    expect(walk.active.toSorted()).toEqual(['Gateway_ReceivingCounty', 'Task_PlacementPrepares', 'Task_TransferInfo']);
    walk.choose('Gateway_ReceivingCounty', 'Flow_OtherCounty');
    expect(walk.active).toContain('Task_NotifyReceivingCounty');
    for (const id of ['Task_NotifyReceivingCounty', 'Task_TransferInfo', 'Task_PlacementPrepares', 'Task_StartMeeting', 'Task_RecordPlan', 'Task_FollowUp']) walk.complete(id);
    walk.choose('Gateway_FollowUp', 'Flow_ClientEnds');
    walk.complete('Task_Close');
    expect(walk.done).toBe(true);
    expect(endsReached(walk)).toEqual(['End_SchoolPathClosed']);
  });
});

describe('a care order of a 16-year-old starting vocational studies', () => {
  it('arranges the study place and shares the start among the providers and the placement', () => {
    const walk = startWalk(model, '2026-08-03');
    walk.choose('Gateway_PlacementType', 'Flow_CareOrderInstitution');
    expect(stages(walk)).toEqual([{ id: 'Task_Institution', name: 'Tarkista lastenkodin koulujärjestelyt', role: SOCIAL_WORKER, deadlines: [] }]);
    walk.complete('Task_Institution');
    walk.complete('Task_Prepare');
    walk.choose('Gateway_Continuity', 'Flow_ChangeSchool');
    expect(answers(walk, 'Gateway_AgeGroup')).toMatchObject({ Flow_UpperSecondary: 'Toinen aste tai valmentava koulutus' });
    walk.choose('Gateway_AgeGroup', 'Flow_UpperSecondary');
    expect(stages(walk)).toEqual([{ id: 'Task_ArrangeUpperSecondary', name: 'Varmista toisen asteen opiskelupaikka', role: SOCIAL_WORKER, deadlines: [] }]);
    walk.complete('Task_ArrangeUpperSecondary');
    expect(stages(walk).toSorted(byId)).toEqual([
      expect.objectContaining({ id: 'Gateway_ReceivingCounty', role: SOCIAL_WORKER }),
      { id: 'Task_PlacementPrepares', name: 'Valmistele koulunkäynnin arki', role: PLACEMENT, deadlines: [] },
      { id: 'Task_TransferInfo', name: 'Siirrä tai päivitä koulunkäynnin tiedot', role: PROVIDERS, deadlines: [] },
    ]);
    walk.choose('Gateway_ReceivingCounty', 'Flow_SameCounty');
    walk.complete('Task_TransferInfo', { pupilWelfareConsent: true });
    walk.complete('Task_PlacementPrepares');
    expect(stages(walk)).toEqual([{ id: 'Task_StartMeeting', name: 'Pidä aloituspalaveri', role: PROVIDERS, deadlines: [] }]);
    walk.complete('Task_StartMeeting', { startDate: '2026-08-12' });
    expect(stages(walk)).toEqual([{ id: 'Task_RecordPlan', name: 'Kirjaa järjestelyt asiakassuunnitelmaan', role: SOCIAL_WORKER, deadlines: [] }]);
  });

  it('counts the yearly client-plan review from each follow-up, then moves into aftercare at 18 and closes', () => {
    const walk = placedAndStarted();
    // Written into the plan on Friday 14.8.2026: at least yearly (LSL 30 § 2 mom.), 12 months → Saturday
    // 14.8.2027, which moves to Monday 16.8.2027 (MääräaikaL 5 §).
    expect(stages(walk)).toEqual([
      { id: 'Task_FollowUp', name: 'Seuraa koulunkäyntiä', role: SOCIAL_WORKER, deadlines: ['Asiakassuunnitelman tarkistus viimeistään: 2027-08-16'] },
    ]);
    // Reviewed on Friday 13.8.2027, nothing changed: the next review by Sunday 13.8.2028, moved to Monday 14.8.2028.
    walk.setDay('2027-08-13');
    walk.complete('Task_FollowUp');
    walk.choose('Gateway_FollowUp', 'Flow_NoChange');
    expect(stages(walk)).toEqual([expect.objectContaining({ id: 'Task_FollowUp', deadlines: ['Asiakassuunnitelman tarkistus viimeistään: 2028-08-14'] })]);
    // Turns 18 in February 2028: the care order ends and aftercare starts; the studies go on in the same school.
    walk.setDay('2028-02-14');
    walk.complete('Task_FollowUp');
    walk.choose('Gateway_FollowUp', 'Flow_PlacementChange');
    walk.choose('Gateway_PlacementType', 'Flow_Aftercare');
    expect(stages(walk)).toEqual([{ id: 'Task_Aftercare', name: 'Tarkista jälkihuollon oikeus ja suunnitelma', role: SOCIAL_WORKER, deadlines: [] }]);
    walk.complete('Task_Aftercare');
    walk.complete('Task_Prepare');
    walk.choose('Gateway_Continuity', 'Flow_KeepSchool');
    expect(stages(walk)).toEqual([{ id: 'Task_KeepSchool', name: 'Sovi nykyisen paikan jatkumisesta', role: SOCIAL_WORKER, deadlines: [] }]);
    walk.complete('Task_KeepSchool');
    transferAndStart(walk, 'Flow_SameCounty');
    // The aftercare client plan on Friday 18.2.2028: 12 months → Sunday 18.2.2029, moved to Monday 19.2.2029.
    walk.setDay('2028-02-18');
    walk.complete('Task_RecordPlan');
    expect(stages(walk)).toEqual([expect.objectContaining({ id: 'Task_FollowUp', deadlines: ['Asiakassuunnitelman tarkistus viimeistään: 2029-02-19'] })]);
    walk.complete('Task_FollowUp');
    walk.choose('Gateway_FollowUp', 'Flow_ClientEnds');
    expect(stages(walk)).toEqual([{ id: 'Task_Close', name: 'Päätä koulupolku ja siirrä tiedot', role: SOCIAL_WORKER, deadlines: [] }]);
    walk.complete('Task_Close');
    expect(walk.done).toBe(true);
    expect(endsReached(walk)).toEqual(['End_SchoolPathClosed']);
  });
});

describe('a 4-year-old in early childhood education in family care', () => {
  it('applies for an ECEC place in the placement municipality, tells the receiving county and counts the yearly review', () => {
    const walk = startWalk(model, '2026-01-12');
    walk.choose('Gateway_PlacementType', 'Flow_CareOrderFamily');
    expect(stages(walk)).toEqual([{ id: 'Task_FamilyCare', name: 'Tarkista perhehoidon koulujärjestelyt', role: SOCIAL_WORKER, deadlines: [] }]);
    walk.complete('Task_FamilyCare');
    walk.complete('Task_Prepare');
    walk.choose('Gateway_Continuity', 'Flow_ChangeSchool');
    walk.choose('Gateway_AgeGroup', 'Flow_Ecec');
    expect(stages(walk)).toEqual([{ id: 'Task_ArrangeEcec', name: 'Hae varhaiskasvatuspaikka sijoituskunnasta', role: SOCIAL_WORKER, deadlines: [] }]);
    walk.complete('Task_ArrangeEcec');
    walk.choose('Gateway_ReceivingCounty', 'Flow_OtherCounty');
    expect(stages(walk).toSorted(byId)).toEqual([
      { id: 'Task_NotifyReceivingCounty', name: 'Ilmoita sijoituksesta sijoitushyvinvointialueelle', role: SOCIAL_WORKER, deadlines: [] },
      expect.objectContaining({ id: 'Task_PlacementPrepares', role: PLACEMENT }),
      expect.objectContaining({ id: 'Task_TransferInfo', role: PROVIDERS }),
    ]);
    walk.complete('Task_NotifyReceivingCounty', { receivingCountyNotified: '2026-01-13' });
    walk.complete('Task_TransferInfo');
    walk.complete('Task_PlacementPrepares');
    walk.complete('Task_StartMeeting');
    // Written into the plan on Wednesday 28.1.2026: 12 months → Thursday 28.1.2027, a working day.
    walk.setDay('2026-01-28');
    walk.complete('Task_RecordPlan');
    expect(stages(walk)).toEqual([
      { id: 'Task_FollowUp', name: 'Seuraa koulunkäyntiä', role: SOCIAL_WORKER, deadlines: ['Asiakassuunnitelman tarkistus viimeistään: 2027-01-28'] },
    ]);
  });

  it('moves on to pre-primary at six, returns home on a trial placement of at most 6 months, and closes', () => {
    const walk = placedInFamilyCare();
    transferAndStart(walk, 'Flow_OtherCounty');
    walk.complete('Task_RecordPlan');
    // Pre-primary education from August 2028, planned in June: the transition loops back to the continuity question.
    walk.setDay('2028-06-09');
    walk.complete('Task_FollowUp');
    walk.choose('Gateway_FollowUp', 'Flow_Transition');
    expect(walk.active).toEqual(['Gateway_Continuity']);
    walk.choose('Gateway_Continuity', 'Flow_ChangeSchool');
    walk.choose('Gateway_AgeGroup', 'Flow_PrePrimary');
    expect(stages(walk)).toEqual([{ id: 'Task_ArrangePrePrimary', name: 'Pyydä paikka esiopetukseen sijoituskunnasta', role: SOCIAL_WORKER, deadlines: [] }]);
    walk.complete('Task_ArrangePrePrimary');
    transferAndStart(walk, 'Flow_OtherCounty');
    // Friday 9.6.2028 + 12 months → Saturday 9.6.2029, moved to Monday 11.6.2029.
    walk.complete('Task_RecordPlan');
    expect(stages(walk)).toEqual([expect.objectContaining({ id: 'Task_FollowUp', deadlines: ['Asiakassuunnitelman tarkistus viimeistään: 2029-06-11'] })]);
    // A trial home placement from Friday 1.12.2028: at most 6 months (LSL 49 § 3 mom.), to Friday 1.6.2029.
    walk.setDay('2028-12-01');
    walk.complete('Task_FollowUp');
    walk.choose('Gateway_FollowUp', 'Flow_PlacementChange');
    walk.choose('Gateway_PlacementType', 'Flow_TrialHome');
    expect(stages(walk)).toEqual([
      { id: 'Task_TrialHome', name: 'Suunnittele koulunkäynti kotiutuessa', role: SOCIAL_WORKER, deadlines: ['Kotiutuskokeilu enintään: 2029-06-01'] },
    ]);
    walk.complete('Task_TrialHome');
    walk.complete('Task_Prepare');
    walk.choose('Gateway_Continuity', 'Flow_ChangeSchool');
    walk.choose('Gateway_AgeGroup', 'Flow_PrePrimary');
    walk.complete('Task_ArrangePrePrimary');
    transferAndStart(walk, 'Flow_SameCounty');
    walk.complete('Task_RecordPlan');
    walk.complete('Task_FollowUp');
    walk.choose('Gateway_FollowUp', 'Flow_ClientEnds');
    walk.complete('Task_Close');
    expect(walk.done).toBe(true);
    expect(endsReached(walk)).toEqual(['End_SchoolPathClosed']);
    expect(walk.trace().filter((id) => id === 'Task_ArrangePrePrimary')).toHaveLength(2);
  });
});

describe('aftercare at 19 with studies away from home', () => {
  it('supports the studies in aftercare, records the aftercare client plan with its yearly review, and closes', () => {
    const walk = startWalk(model, '2026-08-17');
    walk.choose('Gateway_PlacementType', 'Flow_Aftercare');
    expect(stages(walk)).toEqual([{ id: 'Task_Aftercare', name: 'Tarkista jälkihuollon oikeus ja suunnitelma', role: SOCIAL_WORKER, deadlines: [] }]);
    walk.complete('Task_Aftercare');
    walk.complete('Task_Prepare');
    walk.choose('Gateway_Continuity', 'Flow_ChangeSchool');
    walk.choose('Gateway_AgeGroup', 'Flow_AftercareStudies');
    expect(stages(walk)).toEqual([
      { id: 'Task_ArrangeAftercareStudies', name: 'Tue nuoren opintoja ja asumista jälkihuollossa', role: SOCIAL_WORKER, deadlines: [] },
    ]);
    walk.complete('Task_ArrangeAftercareStudies');
    // Aftercare is not a placement, so there is no receiving county to tell.
    walk.choose('Gateway_ReceivingCounty', 'Flow_SameCounty');
    expect(stages(walk).toSorted(byId)).toEqual([
      expect.objectContaining({ id: 'Task_PlacementPrepares', role: PLACEMENT, deadlines: [] }),
      expect.objectContaining({ id: 'Task_TransferInfo', role: PROVIDERS, deadlines: [] }),
    ]);
    walk.complete('Task_TransferInfo');
    walk.complete('Task_PlacementPrepares');
    walk.complete('Task_StartMeeting');
    // The aftercare client plan on Friday 4.9.2026: 12 months → Saturday 4.9.2027, moved to Monday 6.9.2027.
    walk.setDay('2026-09-04');
    walk.complete('Task_RecordPlan');
    expect(stages(walk)).toEqual([
      { id: 'Task_FollowUp', name: 'Seuraa koulunkäyntiä', role: SOCIAL_WORKER, deadlines: ['Asiakassuunnitelman tarkistus viimeistään: 2027-09-06'] },
    ]);
    walk.complete('Task_FollowUp');
    walk.choose('Gateway_FollowUp', 'Flow_ClientEnds');
    walk.complete('Task_Close');
    expect(walk.done).toBe(true);
    expect(endsReached(walk)).toEqual(['End_SchoolPathClosed']);
  });
});
