/**
 * The social emergency service in an urgent matter concerning a child (models/sosiaalipaivystys.bpmn):
 * typical cases of issue #4 as walkthroughs, with the stages, roles and deadlines a worker sees.
 * Dates are fixed so the statutory deadlines (LSL 26 § 5 mom., LSL 38 § 2 mom.) are exact; each
 * was counted by hand with the brief's §4 rules.
 */
import type { Pathway } from '@polku/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { answers, endsReached, loadModel, stages, startWalk } from './_support/scenario.js';

const DUTY = 'Sosiaalipäivystyksen sosiaalityöntekijä';
const RECEIVING = 'Vastaanottava perhe tai yksikkö';
const RESPONSIBLE = 'Vastuussa olevan hyvinvointialueen lastensuojelu';
const START_BY = 'Palvelutarpeen arvioinnin aloitus viimeistään';
const COMPLETE_BY = 'Palvelutarpeen arviointi valmis viimeistään';
let model: Pathway;

beforeAll(async () => {
  model = await loadModel('sosiaalipaivystys.bpmn');
});

describe('a neighbour calls on the Thursday evening before Easter about children left alone; a parent comes home', () => {
  it('assesses urgency at once, guides by phone and hands over with the deadlines counted over Easter', () => {
    const walk = startWalk(model, '2026-04-02');
    expect(stages(walk)).toEqual([{ id: 'Task_AssessUrgency', name: 'Arvioi kiireellisyys välittömästi', role: DUTY, deadlines: [] }]);
    walk.complete('Task_AssessUrgency');
    expect(answers(walk, 'Gateway_HomeVisitNeeded')).toEqual({
      Flow_NoHomeVisit: 'Ei: neuvonta ja siirto virka-aikaan',
      Flow_HomeVisit: 'Kyllä: kotikäynti heti',
    });
    walk.choose('Gateway_HomeVisitNeeded', 'Flow_NoHomeVisit');
    expect(stages(walk)).toEqual([{ id: 'Task_GuideByPhone', name: 'Anna neuvontaa puhelimessa', role: DUTY, deadlines: [] }]);
    walk.complete('Task_GuideByPhone');
    // Initiated on Thursday 2.4.2026 (day 0): Good Friday 3.4, the weekend and Easter Monday 6.4 are not
    // working days, so Tue 7.4 is day 1 and Wed 15.4 day 7. Three months: Thursday 2.7.2026.
    expect(stages(walk)).toEqual([
      {
        id: 'Task_RecordAndHandOver',
        name: 'Kirjaa tapahtumat ja siirrä asia virka-aikaan',
        role: DUTY,
        deadlines: [`${START_BY}: 2026-04-15`, `${COMPLETE_BY}: 2026-07-02`],
      },
    ]);
    walk.setDay('2026-04-07');
    walk.complete('Task_RecordAndHandOver');
    expect(stages(walk)).toEqual([{ id: 'Task_ContinueCase', name: 'Jatka asian käsittelyä virka-aikana', role: RESPONSIBLE, deadlines: [] }]);
    walk.complete('Task_ContinueCase');
    expect(walk.done).toBe(true);
    expect(endsReached(walk)).toEqual(['End_HandedOver']);
    expect(walk.trace()).not.toContain('Task_HomeVisit');
  });
});

describe('the police call on a Sunday night: a 10-year-old in a violent home', () => {
  it('visits with the police, places the child urgently and counts the 30 days from the placement day', () => {
    const walk = startWalk(model, '2026-03-15');
    walk.complete('Task_AssessUrgency');
    walk.choose('Gateway_HomeVisitNeeded', 'Flow_HomeVisit');
    expect(stages(walk)).toEqual([{ id: 'Task_PrepareHomeVisit', name: 'Valmistele kotikäynti', role: DUTY, deadlines: [] }]);
    walk.complete('Task_PrepareHomeVisit');
    expect(answers(walk, 'Gateway_PoliceNeeded')).toEqual({ Flow_PoliceYes: 'Kyllä', Flow_PoliceNo: 'Ei' });
    walk.choose('Gateway_PoliceNeeded', 'Flow_PoliceYes');
    expect(stages(walk)).toEqual([{ id: 'Task_RequestPolice', name: 'Pyydä poliisi mukaan kotikäynnille', role: DUTY, deadlines: [] }]);
    walk.complete('Task_RequestPolice');
    expect(stages(walk)).toEqual([{ id: 'Task_HomeVisit', name: 'Tee kotikäynti ja kuule lasta', role: DUTY, deadlines: [] }]);
    walk.complete('Task_HomeVisit');
    expect(answers(walk, 'Gateway_Response')).toEqual({
      Flow_UrgentService: 'Neuvonta tai kiireellinen sosiaalipalvelu',
      Flow_UrgentOpenCare: 'Kiireellinen avohuollon tukitoimi',
      Flow_EmergencyPlacement: 'Kiireellinen sijoitus',
    });
    walk.choose('Gateway_Response', 'Flow_EmergencyPlacement');
    // Placed on Sunday 15.3.2026, which is day 1 (LSL 38 § 2 mom.): day 30 is Monday 13.4.2026, a working day.
    expect(stages(walk)).toEqual([
      { id: 'Task_EmergencyPlacement', name: 'Tee päätös kiireellisestä sijoituksesta', role: DUTY, deadlines: ['Kiireellinen sijoitus enintään: 2026-04-13'] },
    ]);
    walk.complete('Task_EmergencyPlacement', { placementDate: '2026-03-15' });
    expect(stages(walk)).toEqual([{ id: 'Task_ReceiveChild', name: 'Ota lapsi vastaan', role: RECEIVING, deadlines: [] }]);
    walk.complete('Task_ReceiveChild');
    // Initiated on Sunday 15.3.2026 (day 0): Mon 16.3 is day 1 and Tue 24.3 day 7. Three months: Monday 15.6.2026.
    expect(stages(walk)).toEqual([expect.objectContaining({ id: 'Task_RecordAndHandOver', role: DUTY, deadlines: [`${START_BY}: 2026-03-24`, `${COMPLETE_BY}: 2026-06-15`] })]);
    walk.setDay('2026-03-16');
    walk.complete('Task_RecordAndHandOver');
    expect(stages(walk)).toEqual([expect.objectContaining({ id: 'Task_ContinueCase', role: RESPONSIBLE })]);
    walk.complete('Task_ContinueCase');
    expect(walk.done).toBe(true);
    expect(endsReached(walk)).toEqual(['End_HandedOver']);
  });
});

describe('a teenager does not dare go home after a row; the family agrees to urgent family work', () => {
  it('visits without the police and decides on an urgent open-care support measure', () => {
    const walk = startWalk(model, '2026-06-19');
    walk.complete('Task_AssessUrgency');
    walk.choose('Gateway_HomeVisitNeeded', 'Flow_HomeVisit');
    walk.complete('Task_PrepareHomeVisit');
    walk.choose('Gateway_PoliceNeeded', 'Flow_PoliceNo');
    expect(walk.active).toEqual(['Task_HomeVisit']);
    walk.complete('Task_HomeVisit');
    walk.choose('Gateway_Response', 'Flow_UrgentOpenCare');
    expect(stages(walk)).toEqual([{ id: 'Task_UrgentOpenCare', name: 'Päätä kiireellisestä avohuollon tukitoimesta', role: DUTY, deadlines: [] }]);
    walk.complete('Task_UrgentOpenCare');
    // Midsummer Eve, Friday 19.6.2026 (day 0): the weekend with Midsummer Day follows, so Mon 22.6 is day 1
    // and Tue 30.6 day 7. Three months: Saturday 19.9.2026, moved to Monday 21.9.2026 (MääräaikaL 5 §).
    expect(stages(walk)).toEqual([expect.objectContaining({ id: 'Task_RecordAndHandOver', deadlines: [`${START_BY}: 2026-06-30`, `${COMPLETE_BY}: 2026-09-21`] })]);
    walk.complete('Task_RecordAndHandOver');
    walk.complete('Task_ContinueCase');
    expect(walk.done).toBe(true);
    expect(walk.trace()).not.toContain('Task_RequestPolice');
    expect(walk.trace()).not.toContain('Task_EmergencyPlacement');
  });
});
