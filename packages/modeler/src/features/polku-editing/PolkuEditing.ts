import {
  documentationOf,
  listOf,
  sameLanguage,
  translationHome,
  translationOf,
  type BpmnFactory,
  type DiagramElement,
  type ModdleObject,
} from '../../_internal/moddle.js';

/** One command for the properties panel's multi-command executor. */
interface CommandSpec {
  cmd: string;
  context: Record<string, unknown>;
}

/** The part of diagram-js' command stack the service uses. */
interface CommandStack {
  execute(command: string, context: unknown): void;
  registerHandler(command: string, handler: new (...args: never[]) => unknown): void;
}

/** The command that runs several commands as one undoable step. */
const MULTI_COMMAND = 'polku.multi-command';

/** Runs a list of commands inside one: diagram-js undoes and redoes them together. */
class MultiCommandHandler {
  static $inject = ['commandStack'];

  private readonly commandStack: CommandStack;

  constructor(commandStack: CommandStack) {
    this.commandStack = commandStack;
  }

  preExecute(commands: CommandSpec[]): void {
    for (const { cmd, context } of commands) this.commandStack.execute(cmd, context);
  }

  execute(): unknown[] {
    return [];
  }

  revert(): unknown[] {
    return [];
  }
}

/**
 * Edits Polku's texts and extensions through bpmn-js' modeling commands, so every edit is one
 * undoable step on the command stack and `elements.changed` re-renders the panel and re-lints.
 * Arrays are always replaced, never changed in place, because the commands keep the old array
 * to undo to.
 *
 * `element` is the diagram element the edit belongs to (the one selected); `target` is the
 * business object that holds the text, which differs for a pool (its process holds the guidance).
 */
export default class PolkuEditing {
  static $inject = ['bpmnFactory', 'commandStack'];

  private readonly bpmnFactory: BpmnFactory;
  private readonly commandStack: CommandStack;

  constructor(bpmnFactory: BpmnFactory, commandStack: CommandStack) {
    this.bpmnFactory = bpmnFactory;
    this.commandStack = commandStack;
    commandStack.registerHandler(MULTI_COMMAND, MultiCommandHandler);
  }

  /**
   * Sets the name or guidance of `target` in `lang`. In the model's language that is `name` or
   * the first `bpmn:documentation` (`textFormat="text/markdown"`); otherwise an
   * `i18n:translation`. An empty text removes the documentation or translation.
   */
  setText(element: DiagramElement, target: ModdleObject, kind: 'name' | 'guidance', lang: string, modelLang: string, text: string): void {
    const value = text.trim() === '' ? '' : text;
    if (sameLanguage(lang, modelLang)) {
      // The element's own name goes through updateLabel, which also creates or removes its label shape.
      if (kind === 'name' && target === element.businessObject && !target.$instanceOf('bpmn:Process')) {
        this.run([{ cmd: 'element.updateLabel', context: { element, newLabel: value } }]);
      } else if (kind === 'name') this.run([update(element, target, { name: value || undefined })]);
      else this.run([this.documentationCommand(element, target, value)]);
      return;
    }
    this.run(this.translationCommands(element, target, lang, kind === 'guidance' ? 'documentation' : undefined, value));
  }

  /** Sets the name of a `polku:deadline` or `polku:field` in `lang` (its `name` in the model's language). */
  setExtensionName(element: DiagramElement, extension: ModdleObject, lang: string, modelLang: string, text: string): void {
    if (sameLanguage(lang, modelLang)) {
      this.run([update(element, extension, { name: text.trim() === '' ? undefined : text })]);
      return;
    }
    this.run(this.translationCommands(element, extension, lang, undefined, text.trim() === '' ? '' : text));
  }

  /** Appends a new `polku:*` extension to `target` and returns it. */
  addExtension(element: DiagramElement, target: ModdleObject, type: string, attrs: Record<string, unknown>): ModdleObject {
    const commands: CommandSpec[] = [];
    const extensionElements = this.ensureExtensionElements(element, target, commands);
    const extension = this.bpmnFactory.create(type, attrs);
    extension.$parent = extensionElements;
    commands.push(update(element, extensionElements, { values: [...listOf(extensionElements, 'values'), extension] }));
    this.run(commands);
    return extension;
  }

  /** Removes an extension value from `target`'s `extensionElements`. */
  removeExtension(element: DiagramElement, target: ModdleObject, extension: ModdleObject): void {
    const extensionElements = target.extensionElements as ModdleObject | undefined;
    if (!extensionElements) return;
    this.run([update(element, extensionElements, { values: listOf(extensionElements, 'values').filter((value) => value !== extension) })]);
  }

  /** Updates attributes of an extension (`undefined` removes one). */
  updateExtension(element: DiagramElement, extension: ModdleObject, properties: Record<string, unknown>): void {
    this.run([update(element, extension, properties)]);
  }

  private documentationCommand(element: DiagramElement, target: ModdleObject, text: string): CommandSpec {
    const existing = documentationOf(target);
    const documentation = listOf(target, 'documentation');
    if (!text) return update(element, target, { documentation: documentation.slice(1) });
    if (existing) return update(element, existing, { text, textFormat: 'text/markdown' });
    const created = this.bpmnFactory.create('bpmn:Documentation', { text, textFormat: 'text/markdown' });
    created.$parent = target;
    return update(element, target, { documentation: [created, ...documentation] });
  }

  /**
   * Creates, changes or removes one translation. New name translations go after the other
   * name translations, new guidance translations after every translation, as in
   * models/README.md, so a saved file reads names first, then guidance, then `polku:` values.
   */
  private translationCommands(element: DiagramElement, owner: ModdleObject, lang: string, target: string | undefined, text: string): CommandSpec[] {
    const existing = translationOf(owner, lang, target);
    if (existing && text) return [update(element, existing, { text })];
    const home = translationHome(owner);
    const commands: CommandSpec[] = [];
    const container = home === 'translations' ? owner : this.ensureExtensionElements(element, owner, commands);
    const property = home === 'translations' ? 'translations' : 'values';
    const list = listOf(container, property);
    if (existing) return [update(element, container, { [property]: list.filter((value) => value !== existing) })];
    if (!text) return [];
    const translation = this.bpmnFactory.create('i18n:Translation', { text, ...(target ? { target } : {}), 'xml:lang': lang });
    translation.$parent = container;
    const isTranslation = (value: ModdleObject) => value.$type === 'i18n:Translation' && (target !== undefined || !value.target);
    const after = list.findLastIndex(isTranslation) + 1;
    commands.push(update(element, container, { [property]: [...list.slice(0, after), translation, ...list.slice(after)] }));
    return commands;
  }

  /** The target's `extensionElements`, created (as a command) when it has none. */
  private ensureExtensionElements(element: DiagramElement, target: ModdleObject, commands: CommandSpec[]): ModdleObject {
    const existing = target.extensionElements as ModdleObject | undefined;
    if (existing) return existing;
    const created = this.bpmnFactory.create('bpmn:ExtensionElements', { values: [] });
    created.$parent = target;
    commands.push(update(element, target, { extensionElements: created }));
    return created;
  }

  private run(commands: CommandSpec[]): void {
    if (commands.length === 0) return;
    if (commands.length === 1) this.commandStack.execute(commands[0]!.cmd, commands[0]!.context);
    else this.commandStack.execute(MULTI_COMMAND, commands);
  }
}

function update(element: DiagramElement, moddleElement: ModdleObject, properties: Record<string, unknown>): CommandSpec {
  return { cmd: 'element.updateModdleProperties', context: { element, moddleElement, properties } };
}
