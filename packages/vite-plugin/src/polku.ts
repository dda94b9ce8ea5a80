import { readdir, readFile } from 'node:fs/promises';
import { dirname, relative, sep } from 'node:path';
import { compileBpmn, siblingProcessLoader, type Diagnostic } from '@polku/core/compiler';
import { withGuidanceHtml } from '@polku/core/markdown';
import type { Plugin } from 'vite';
import { formatDiagnostic, formatErrors } from './format-diagnostic.js';
import { pathwayModule } from './pathway-module.js';

// Only plain imports: `x.bpmn?raw` and `x.bpmn?url` stay Vite's.
const BPMN = /\.bpmn$/;

/**
 * Vite plugin that turns `import pathway from './x.bpmn'` into the pathway compiled at build
 * time, guidance rendered to HTML, so the page ships the runtime of `@polku/core` and no XML
 * or Markdown parser.
 *
 * A model with errors fails the build (and shows Vite's overlay in the dev server) with every
 * error, each naming file, line, column and element; warnings go to Vite's log and to the
 * module's named `diagnostics` export. Call activities find their processes among the `.bpmn`
 * files beside the model, as `polku validate` does; those files are watched, so saving any of
 * them recompiles the models that looked there. In the dev server a saved model reloads the page.
 *
 * @example
 * // vite.config.ts
 * import { defineConfig } from 'vite';
 * import { polku } from '@polku/vite-plugin';
 * export default defineConfig({ plugins: [polku()] });
 *
 * // main.ts
 * import pathway from './models/koulupolku.bpmn';
 * document.querySelector('polku-guide')!.pathway = pathway;
 */
export function polku(): Plugin {
  let root = process.cwd();
  // folder → models that looked in it for called processes; a .bpmn saved there recompiles them.
  const lookups = new Map<string, Set<string>>();

  return {
    name: 'polku',
    // Before Vite's own transforms, which would take the XML for JavaScript.
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
    },
    // A transform, not a load: Vite reads and watches the file, and the dev server ties watch
    // files added here to the module (those added while loading a new module are dropped).
    transform: {
      filter: { id: BPMN },
      async handler(xml, file) {
        for (const models of lookups.values()) models.delete(file);
        const lookInFolder = siblingProcessLoader(file, { listDir: (folder) => readdir(folder), readFile: (path) => readFile(path, 'utf8'), onRead: (sibling) => this.addWatchFile(sibling) });
        const loadProcess = (processId: string) => {
          lookups.set(dirname(file), (lookups.get(dirname(file)) ?? new Set<string>()).add(file));
          return lookInFolder(processId);
        };
        const { pathway, diagnostics } = await compileBpmn(xml, { file, loadProcess });

        // Messages and the module name files relative to the root; `loc` keeps the absolute path.
        const shown = (diagnostic: Diagnostic) => ({ ...diagnostic, file: relativeTo(root, diagnostic.file ?? file) });
        const warnings = diagnostics.filter((diagnostic) => diagnostic.severity === 'warning');
        for (const warning of warnings) this.warn({ message: formatDiagnostic(shown(warning)), id: file, loc: locOf(warning, file) });
        const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
        if (!pathway || errors.length > 0) {
          const first = errors[0] ?? diagnostics[0];
          this.error({ message: formatErrors(relativeTo(root, file), errors.map(shown)), id: file, ...(first ? { loc: locOf(first, file) } : {}) });
        }
        return { code: pathwayModule(withGuidanceHtml(pathway), warnings.map(shown)), map: null, moduleType: 'js' };
      },
    },
    hotUpdate({ file, modules }) {
      const models = BPMN.test(file) ? lookups.get(dirname(file)) : undefined;
      if (!models) return;
      const dependents = [...models].filter((model) => model !== file).flatMap((model) => [...(this.environment.moduleGraph.getModulesByFile(model) ?? [])]);
      return dependents.length > 0 ? [...new Set([...modules, ...dependents])] : undefined;
    },
  };
}

/**
 * Vite's `loc` for a diagnostic. The column stays 1-based, as in the message and the CLI, so the
 * overlay's `file:line:column` link opens the editor on the element's `<`.
 */
function locOf(diagnostic: Diagnostic, file: string): { file: string; line: number; column: number } {
  return { file: diagnostic.file ?? file, line: diagnostic.line ?? 1, column: diagnostic.column ?? 1 };
}

function relativeTo(root: string, file: string): string {
  return relative(root, file).split(sep).join('/') || file;
}
