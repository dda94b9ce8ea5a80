import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The corpus folder, shared beside the repository (`../shared/corpus/token-simulation-suite`). */
export const SUITE_DIR = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'corpus', 'token-simulation-suite');

/** Path of `models/Simulator.<model>.bpmn`. */
export function modelPath(model: string): string {
  return join(SUITE_DIR, 'models', `Simulator.${model}.bpmn`);
}

/** The XML of `models/Simulator.<model>.bpmn`. */
export function readModel(model: string): string {
  return readFileSync(modelPath(model), 'utf8');
}

/** The events of `traces/Simulator.<trace>.json`, each `action:element:scope`. */
export function readTraceFile(trace: string): string[] {
  return JSON.parse(readFileSync(join(SUITE_DIR, 'traces', `Simulator.${trace}.json`), 'utf8')) as string[];
}
