/// <reference path="../client.d.ts" />
import type { Pathway } from '@polku/core';
import type { Diagnostic } from '@polku/core/compiler';
import { expectTypeOf, it } from 'vitest';

// Type-only: the import is erased, so this runs without the plugin in Vitest's pipeline.
type Model = typeof import('./fixtures/plugin.unreachable-task.bpmn');

it('types a .bpmn import as a pathway with its warnings', () => {
  expectTypeOf<Model['default']>().toEqualTypeOf<Pathway>();
  expectTypeOf<Model['diagnostics']>().toEqualTypeOf<readonly Diagnostic[]>();
});
