import { describe, expect, it } from 'vitest';
import { fixture } from '../../test/bpmn.js';
import { loadPathway } from '../compiler.js';
import { enumeratePaths } from './enumerate-paths.js';

describe('enumeratePaths', () => {
  it('lists each answer, trigger and boundary event as its own walkthrough', async () => {
    // given
    const pathway = await loadPathway(fixture('pathway.events.bpmn'));
    // when
    const { paths, truncated } = await enumeratePaths(pathway, { maxLoops: 0 });
    // then
    expect(truncated).toBe(false);
    expect(paths.map((path) => path.endEvents.at(-1))).toEqual(['End_Done', 'End_Lapsed', 'End_Court', 'End_Lapsed']);
    expect(paths[2]).toEqual({
      steps: [
        { kind: 'complete', element: 'Task_Ask' },
        { kind: 'message', element: 'Catch_Statement' },
        { kind: 'choose', gateway: 'Gateway_Consent', flows: ['Flow_No'] },
      ],
      data: {},
      completed: ['Task_Ask'],
      endEvents: ['Sub_Refused', 'End_Court'],
    });
  });

  it('takes a loop at most max-loops times', async () => {
    const pathway = await loadPathway(fixture('pathway.events.bpmn'));
    expect((await enumeratePaths(pathway, { maxLoops: 1 })).paths).toHaveLength(8);
    expect((await enumeratePaths(pathway, { maxLoops: 2 })).paths).toHaveLength(12);
  });

  it('does not interleave independent parallel branches in every order', async () => {
    const pathway = await loadPathway(fixture('pathway.parallel-loop.bpmn'));
    const { paths } = await enumeratePaths(pathway, { maxLoops: 1 });
    expect(paths.map((path) => path.completed)).toEqual([
      ['Task_Prepare', 'Task_A', 'Task_B', 'Task_A', 'Task_B'],
      ['Task_Prepare', 'Task_A', 'Task_B'],
    ]);
  });

  it('assumes field values that take each branch of a condition, and lists them as data', async () => {
    // given
    const pathway = await loadPathway(fixture('pathway.conditions.bpmn'));
    // when
    const { paths } = await enumeratePaths(pathway);
    // then
    expect(paths.map((path) => [path.endEvents, path.data])).toEqual([
      [['End_Ecec'], { age: 6 }],
      [['End_School'], { age: 7 }],
      [['End_Adult'], { age: 18 }],
    ]);
    expect(paths[1]!.completed).toEqual(['Task_Age', 'Task_Letter', 'Task_School']);
  });

  it('stops at max-paths and says so', async () => {
    const pathway = await loadPathway(fixture('pathway.events.bpmn'));
    expect(await enumeratePaths(pathway, { maxPaths: 3 })).toMatchObject({ truncated: true, paths: { length: 3 } });
  });
});
