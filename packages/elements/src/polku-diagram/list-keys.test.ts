import { describe, expect, it } from 'vitest';
import { listKeyAction } from './list-keys.js';

describe('listKeyAction', () => {
  it.each([
    ['ArrowDown', 2, { move: 3 }],
    ['ArrowRight', 2, { move: 3 }],
    ['ArrowUp', 2, { move: 1 }],
    ['ArrowLeft', 2, { move: 1 }],
    ['Home', 2, { move: 0 }],
    ['End', 2, { move: 4 }],
    ['ArrowDown', 4, { move: 4 }],
    ['ArrowUp', 0, { move: 0 }],
    ['Enter', 2, { select: true }],
    [' ', 2, { select: true }],
    ['Tab', 2, undefined],
    ['a', 2, undefined],
  ] as const)('maps %j on option %i of five to %j', (key, current, action) => {
    expect(listKeyAction(key, current, 5)).toEqual(action);
  });

  it('does nothing in an empty list', () => {
    expect(listKeyAction('ArrowDown', 0, 0)).toBeUndefined();
  });
});
