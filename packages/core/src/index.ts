/**
 * `@polku/core`: the walkthrough runtime. No DOM and no XML parser: it walks a compiled
 * {@link Pathway} (from `@polku/core/compiler`, the CLI or a precompiled JSON file).
 */
export { createWalkthrough } from './runtime/walkthrough.js';
export type { Walkthrough, WalkthroughOptions } from './runtime/walkthrough.js';
export { activeElements, initialSnapshot, nextStep, replay, restoreSnapshot, undoStep, waitingSides } from './runtime/next-step.js';
export type { StepOptions } from './runtime/next-step.js';
export { availableTriggers, checkEvent } from './runtime/check-event.js';
export type { AvailableTrigger } from './runtime/check-event.js';
export { timerDue } from './runtime/timers.js';
export { variablesOf } from './runtime/evaluator.js';
export type { ConditionEvaluator } from './runtime/evaluator.js';
export { migrateSnapshot } from './runtime/migrate-snapshot.js';
export type { RefusedStep, SnapshotMigration } from './runtime/migrate-snapshot.js';
export { progressOf } from './runtime/progress.js';
export type { Progress } from './runtime/progress.js';
export { createPathwayMachine } from './runtime/machine.js';
export { eventElement } from './runtime/types.js';
export type { BroadcastEvent, ChooseEvent, CompleteEvent, FieldValue, IncludeEvent, StepEvent, TraceEntry, TriggerEvent, WalkContext, WalkthroughSnapshot } from './runtime/types.js';
export { textIn } from './ir/texts-pick.js';
export { catalogEntry } from './catalog/catalog-entry.js';
export type { CatalogEntry } from './catalog/catalog-entry.js';
export { isCatalog } from './catalog/is-catalog.js';
export type { Catalog, CatalogModel } from './catalog/is-catalog.js';
export { daysLeft, deadlineProblem, dueDates, finnishDayKind, finnishHolidays } from './runtime/deadlines/index.js';
export type { DeadlineRule, DueDates, FinnishDayKind, FinnishHoliday, FinnishHolidayId, FinnishHolidayKind } from './runtime/deadlines/index.js';
export type {
  ActionRef,
  Deadline,
  Field,
  LegalReference,
  Loop,
  MachineConfig,
  NodeRole,
  NodeType,
  Pathway,
  PathwayFlow,
  PathwayCatalog,
  PathwayLane,
  PathwayMessage,
  PathwayNode,
  PathwayPool,
  StateConfig,
  Texts,
  TransitionConfig,
  Throw,
  Trigger,
} from './ir/types.js';
export { PolkuError, formatLocation, isPolkuError } from './errors/polku-error.js';
export type { SourceLocation } from './errors/polku-error.js';
export { WalkthroughError } from './errors/walkthrough-error.js';
