/**
 * Raising concern and early intervention (models/huolen-puheeksiotto.bpmn): typical cases of
 * issue #4 as walkthroughs, with the stages, roles and deadlines a worker sees. Dates are fixed
 * so the statutory deadlines (LSL 26 § 5 mom.) are exact; each was counted by hand with the
 * brief's §4 rules.
 */
import type { Pathway } from '@polku/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { answers, endsReached, loadModel, stages, startWalk } from './_support/scenario.js';

const PROFESSIONAL = 'Huolen havainnut ammattilainen';
const SOCIAL_SERVICES = 'Sosiaalipalvelut (lastensuojelu)';
const START_BY = 'Palvelutarpeen arvioinnin aloitus viimeistään';
const COMPLETE_BY = 'Palvelutarpeen arviointi valmis viimeistään';
let model: Pathway;

beforeAll(async () => {
  model = await loadModel('huolen-puheeksiotto.bpmn');
});

describe('an ECEC teacher worried about a 4-year-old raises it with the parent, who agrees to a joint contact', () => {
  it('asks about danger first and offers the three ways on after the talk, as the professional', () => {
    const walk = startWalk(model, '2026-04-28');
    expect(stages(walk)).toEqual([expect.objectContaining({ id: 'Gateway_Urgency', role: PROFESSIONAL, deadlines: [] })]);
    expect(answers(walk, 'Gateway_Urgency')).toEqual({
      Flow_Danger: 'Välitön vaara',
      Flow_SuspectedOffence: 'Rikosepäily',
      Flow_NoDanger: 'Ei välitöntä vaaraa',
    });
    walk.choose('Gateway_Urgency', 'Flow_NoDanger');
    expect(stages(walk)).toEqual([{ id: 'Task_Reflect', name: 'Arvioi huoltasi ja konsultoi', role: PROFESSIONAL, deadlines: [] }]);
    walk.complete('Task_Reflect');
    expect(stages(walk)).toEqual([{ id: 'Task_RaiseConcern', name: 'Ota huoli puheeksi vanhemman ja lapsen kanssa', role: PROFESSIONAL, deadlines: [] }]);
    walk.complete('Task_RaiseConcern');
    expect(answers(walk, 'Gateway_NextStep')).toEqual({
      Flow_OwnSupport: 'Tuki omassa palvelussa riittää',
      Flow_JointContact: 'Yhteydenotto yhdessä perheen kanssa',
      Flow_Notification: 'Lastensuojeluilmoitus',
    });
  });

  it('starts the 7-working-day clock when social services receive the contact, skipping May Day for the latest date', () => {
    const walk = startWalk(model, '2026-04-28');
    walk.choose('Gateway_Urgency', 'Flow_NoDanger');
    walk.complete('Task_Reflect');
    walk.complete('Task_RaiseConcern');
    walk.choose('Gateway_NextStep', 'Flow_JointContact');
    expect(stages(walk)).toEqual([{ id: 'Task_JointContact', name: 'Ota yhteyttä sosiaalipalveluihin yhdessä perheen kanssa', role: PROFESSIONAL, deadlines: [] }]);
    // The call is made together on Wednesday 29.4.2026 (day 0). Working days: Thu 30.4 (1), May Day Fri 1.5
    // skipped for the latest lawful date, Mon 4.5 (2) … Fri 8.5 (6), Mon 11.5 (7). Three months: Wed 29.7.2026.
    walk.setDay('2026-04-29');
    walk.complete('Task_JointContact', { jointContactDate: '2026-04-29' });
    expect(stages(walk)).toEqual([
      {
        id: 'Task_CaseInitiated',
        name: 'Vastaanota ilmoitus ja arvioi kiireellisyys',
        role: SOCIAL_SERVICES,
        deadlines: [`${START_BY}: 2026-05-11`, `${COMPLETE_BY}: 2026-07-29`],
      },
    ]);
    walk.complete('Task_CaseInitiated');
    expect(stages(walk)).toEqual([{ id: 'Task_FollowUp', name: 'Seuraa lapsen tilannetta', role: PROFESSIONAL, deadlines: [] }]);
    walk.complete('Task_FollowUp');
    expect(answers(walk, 'Gateway_ConcernEased')).toEqual({
      Flow_Eased: 'Kyllä, huoli on väistynyt',
      Flow_ConcernContinues: 'Ei, huoli jatkuu tai kasvaa',
    });
    walk.choose('Gateway_ConcernEased', 'Flow_Eased');
    expect(walk.done).toBe(true);
    expect(endsReached(walk)).toEqual(['End_ConcernHandled']);
    expect(walk.trace()).not.toContain('Task_Notify');
  });
});

describe('a school nurse suspects violence against a pupil', () => {
  it('reports to the police and notifies child welfare without talking to the family first; Ascension Day is skipped', () => {
    const walk = startWalk(model, '2026-05-13');
    walk.choose('Gateway_Urgency', 'Flow_SuspectedOffence');
    expect(stages(walk)).toEqual([{ id: 'Task_ReportToPolice', name: 'Ilmoita poliisille', role: PROFESSIONAL, deadlines: [] }]);
    walk.complete('Task_ReportToPolice');
    expect(stages(walk)).toEqual([{ id: 'Task_Notify', name: 'Tee lastensuojeluilmoitus', role: PROFESSIONAL, deadlines: [] }]);
    walk.complete('Task_Notify', { notificationDate: '2026-05-13' });
    // Received on Wednesday 13.5.2026 (day 0): Ascension Day Thu 14.5 is a church holiday, so Fri 15.5 is
    // day 1 and Mon 25.5 day 7. Three months: Thursday 13.8.2026.
    expect(stages(walk)).toEqual([
      {
        id: 'Task_CaseInitiated',
        name: 'Vastaanota ilmoitus ja arvioi kiireellisyys',
        role: SOCIAL_SERVICES,
        deadlines: [`${START_BY}: 2026-05-25`, `${COMPLETE_BY}: 2026-08-13`],
      },
    ]);
    walk.complete('Task_CaseInitiated');
    walk.complete('Task_FollowUp');
    walk.choose('Gateway_ConcernEased', 'Flow_Eased');
    expect(walk.done).toBe(true);
    expect(walk.trace()).not.toContain('Task_RaiseConcern');
    expect(endsReached(walk)).toEqual(['End_ConcernHandled']);
  });
});

describe('a child health clinic nurse first supports the family at the clinic; the concern grows and becomes a notification', () => {
  it('loops back to assessing the concern and counts the deadlines over Christmas and New Year', () => {
    const walk = startWalk(model, '2026-11-02');
    walk.choose('Gateway_Urgency', 'Flow_NoDanger');
    walk.complete('Task_Reflect');
    walk.complete('Task_RaiseConcern');
    walk.choose('Gateway_NextStep', 'Flow_OwnSupport');
    expect(stages(walk)).toEqual([{ id: 'Task_OwnSupport', name: 'Järjestä tuki omassa palvelussa', role: PROFESSIONAL, deadlines: [] }]);
    walk.complete('Task_OwnSupport');
    walk.setDay('2026-12-18');
    walk.complete('Task_FollowUp');
    walk.choose('Gateway_ConcernEased', 'Flow_ConcernContinues');
    expect(stages(walk)).toEqual([{ id: 'Task_Reflect', name: 'Arvioi huoltasi ja konsultoi', role: PROFESSIONAL, deadlines: [] }]);
    walk.complete('Task_Reflect');
    walk.complete('Task_RaiseConcern');
    walk.choose('Gateway_NextStep', 'Flow_Notification');
    // Notified on Tuesday 22.12.2026 (day 0): Wed 23.12 (1); Christmas Eve Thu 24.12 skipped for the latest
    // date; Christmas Day, St Stephen's Day and the weekend; Mon 28.12 (2) … Thu 31.12 (5); New Year's Day
    // Fri 1.1.2027 and the weekend; Mon 4.1 (6), Tue 5.1.2027 (7). Three months: Monday 22.3.2027.
    walk.setDay('2026-12-22');
    walk.complete('Task_Notify');
    expect(stages(walk)).toEqual([expect.objectContaining({ id: 'Task_CaseInitiated', deadlines: [`${START_BY}: 2027-01-05`, `${COMPLETE_BY}: 2027-03-22`] })]);
    walk.complete('Task_CaseInitiated');
    walk.complete('Task_FollowUp');
    walk.choose('Gateway_ConcernEased', 'Flow_Eased');
    expect(walk.done).toBe(true);
    expect(walk.trace().filter((id) => id === 'Task_Reflect')).toHaveLength(2);
    expect(walk.trace()).toEqual(expect.arrayContaining(['Task_OwnSupport', 'Task_Notify', 'Task_CaseInitiated']));
  });
});
