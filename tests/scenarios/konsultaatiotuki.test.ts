/**
 * Consultation support (models/konsultaatiotuki.bpmn): the typical cases of issue #4 as
 * walkthroughs, with the stages and roles a worker sees. Consultation support is voluntary
 * practice without statutory time limits (domain brief §3.6), so no stage shows a deadline.
 */
import type { Pathway } from '@polku/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { answers, endsReached, guidance, loadModel, stages, startWalk, type ScenarioWalk, type StageView } from './_support/scenario.js';

const WORKER = 'Lastensuojelun työntekijä';
const COORDINATOR = 'Alueen koordinaattori';
let model: Pathway;

beforeAll(async () => {
  model = await loadModel('konsultaatiotuki.bpmn');
});

/** Runs `step` and returns the stages the worker sees afterwards. */
function after(walk: ScenarioWalk, step: () => void): StageView[] {
  step();
  return stages(walk);
}

describe('a question about one case, settled in one consultation', () => {
  it('goes from the worker to the coordinator and back, with no statutory deadline on the way', () => {
    // given
    const walk = startWalk(model, '2026-10-05');
    expect(stages(walk)).toEqual([{ id: 'Task_FormulateQuestion', name: 'Muotoile konsultaatiokysymys', role: WORKER, deadlines: [] }]);
    walk.complete('Task_FormulateQuestion');
    expect(answers(walk, 'Gateway_SupportType')).toEqual({
      Flow_Consultation: 'Konsultaatiotuki',
      Flow_ExpertGroup: 'Lastensuojelun asiantuntijaryhmä',
      Flow_Urgent: 'Lapsi on välittömässä vaarassa',
    });

    // when
    const seen = [
      ...after(walk, () => walk.choose('Gateway_SupportType', 'Flow_Consultation')),
      ...after(walk, () => walk.complete('Task_BookConsultation')),
      ...after(walk, () => walk.complete('Task_Consultation')),
      ...after(walk, () => walk.complete('Task_NextSteps')),
    ];
    walk.choose('Gateway_FollowUp', 'Flow_Resolved');

    // then
    expect(seen).toEqual([
      { id: 'Task_BookConsultation', name: 'Varaa aika alueen koordinaattorilta', role: WORKER, deadlines: [] },
      { id: 'Task_Consultation', name: 'Käy reflektoiva konsultaatiokeskustelu', role: COORDINATOR, deadlines: [] },
      { id: 'Task_NextSteps', name: 'Päätä jatkotoimista ja kirjaa olennainen', role: WORKER, deadlines: [] },
      { id: 'Gateway_FollowUp', name: 'Tarvitaanko jatkoa?', role: WORKER, deadlines: [] },
    ]);
    expect(walk.done).toBe(true);
    expect(endsReached(walk)).toEqual(['End_Resolved']);
  });
});

describe('a stuck situation: two consultations, then the statutory expert group', () => {
  it('loops back to booking once and then hands the question to the expert group', () => {
    // given
    const walk = startWalk(model, '2026-10-12');
    walk.complete('Task_FormulateQuestion');
    walk.choose('Gateway_SupportType', 'Flow_Consultation');
    walk.complete('Task_BookConsultation');
    walk.complete('Task_Consultation');
    walk.complete('Task_NextSteps');
    expect(answers(walk, 'Gateway_FollowUp')).toEqual({
      Flow_Resolved: 'Ei, kysymys selkiytyi',
      Flow_Again: 'Kyllä, uusi konsultaatio',
      Flow_Escalate: 'Kyllä, asiantuntijaryhmä',
    });

    // when a second consultation a month later does not settle it
    walk.choose('Gateway_FollowUp', 'Flow_Again');
    expect(stages(walk).map(({ id, role }) => ({ id, role }))).toEqual([{ id: 'Task_BookConsultation', role: WORKER }]);
    walk.setDay('2026-11-09');
    walk.complete('Task_BookConsultation');
    walk.complete('Task_Consultation');
    walk.complete('Task_NextSteps');
    walk.choose('Gateway_FollowUp', 'Flow_Escalate');

    // then the responsible social worker asks the expert group of LSL 14 §
    expect(stages(walk)).toEqual([
      { id: 'Task_RequestExpertGroup', name: 'Pyydä asiantuntijaryhmän lausunto', role: WORKER, deadlines: [] },
    ]);
    expect(guidance(walk, 'Task_RequestExpertGroup')).toContain('(LSL 14 §)');
    walk.complete('Task_RequestExpertGroup');
    expect(walk.done).toBe(true);
    expect(walk.trace().filter((id) => id === 'Task_Consultation')).toHaveLength(2);
    expect(endsReached(walk)).toEqual(['End_ExpertGroup']);
  });
});

describe('questions that are not for consultation support', () => {
  it('ends at once in urgent action when the child is in immediate danger', () => {
    const walk = startWalk(model, '2026-10-19');
    walk.complete('Task_FormulateQuestion');
    walk.choose('Gateway_SupportType', 'Flow_Urgent');

    expect(walk.done).toBe(true);
    expect(endsReached(walk)).toEqual(['End_UrgentAction']);
    expect(walk.trace()).not.toContain('Task_Consultation');
    expect(guidance(walk, 'End_UrgentAction')).toContain('LSL 26 § 2 mom.');
  });

  it('goes straight to the expert group when a statement is needed for a decision', () => {
    const walk = startWalk(model, '2026-10-19');
    walk.complete('Task_FormulateQuestion');
    walk.choose('Gateway_SupportType', 'Flow_ExpertGroup');

    expect(stages(walk).map(({ id, role }) => ({ id, role }))).toEqual([{ id: 'Task_RequestExpertGroup', role: WORKER }]);
    walk.complete('Task_RequestExpertGroup');
    expect(walk.trace()).not.toContain('Task_BookConsultation');
    expect(endsReached(walk)).toEqual(['End_ExpertGroup']);
  });
});
