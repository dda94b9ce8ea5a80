import { describe, expect, it } from 'vitest';
import { fixture } from '../../test/bpmn.js';
import { enumeratePaths, loadPathway } from '../compiler.js';
import { createWalkthrough } from './walkthrough.js';

const pathway = await loadPathway(fixture('pathway.collaboration.bpmn'));

describe('collaborations', () => {
  it('run each pool and follow message flows between them', () => {
    // given
    const walk = createWalkthrough(pathway);
    expect(walk.active).toEqual(['Task_Request']);
    // when
    walk.complete('Task_Request');
    // then: the school's process started on the message and the social worker waits for the reply
    expect(walk.active).toEqual(['Catch_Reply', 'Task_Answer']);
    walk.complete('Task_Answer');
    expect(walk.active).toEqual(['Task_Inform']);
    walk.complete('Task_Inform');
    expect(walk.done).toBe(true);
    expect(walk.snapshot.context.completed).toEqual(['Task_Request', 'Task_Answer', 'Send_Reply', 'Task_Inform']);
  });

  it('describe the pools and message flows in the pathway', () => {
    expect(pathway.pools).toEqual([
      { id: 'Pool_SocialWork', process: 'Process_SocialWork', name: { fi: 'Sosiaalityö' }, start: 'Start_SW' },
      { id: 'Pool_School', process: 'Process_School', name: { fi: 'Koulu' }, start: 'Start_School' },
    ]);
    expect(pathway.nodes.Task_Answer!.pool).toBe('Process_School');
    expect(Object.keys(pathway.messages!)).toEqual(['Message_ToSchool', 'Message_ToSocialWork', 'Message_ToFamily']);
  });

  it('let the worker confirm a message a pool is waiting for from outside', () => {
    const walk = createWalkthrough(pathway);
    expect(walk.triggers).toEqual([{ elementId: 'Start_School', kind: 'message' }]);
    walk.trigger('Start_School');
    expect(walk.active).toEqual(['Task_Request', 'Task_Answer']);
  });

  it('are listed as paths that end in both pools', async () => {
    const { paths } = await enumeratePaths(pathway);
    // started by the social worker's request, or confirmed from outside at the start
    expect(paths).toHaveLength(2);
    expect(paths.every((path) => path.endEvents.toSorted().join() === ['End_SW', 'End_School'].toSorted().join())).toBe(true);
  });
});
