/// <reference path="../../types/vendor.d.ts" />
import { ListGroup, isCheckboxEntryEdited, isSelectEntryEdited, isTextAreaEntryEdited, isTextFieldEntryEdited } from '@bpmn-io/properties-panel';
import { editLanguages, extensionValues, hasNameProperty, modelLanguageOf, stringOf, textOf, type DiagramElement, type ModdleObject } from '../../_internal/moddle.js';
import type { FieldTypeName, ModelerStrings } from '../../_internal/strings.js';
import type PolkuLanguage from '../language/PolkuLanguage.js';
import type PolkuEditing from '../polku-editing/PolkuEditing.js';
import { CheckboxAttributeEntry, ExtensionNameEntry, SelectAttributeEntry, TextAttributeEntry } from './ExtensionEntries.js';
import { GuidanceEntry, GuidancePreview, NameEntry } from './TextEntries.js';

/** A group of the properties panel, as providers return it. */
interface PanelGroup {
  id: string;
  label: string;
  [key: string]: unknown;
}

interface PropertiesPanel {
  registerProvider(priority: number, provider: { getGroups(element: DiagramElement): (groups: PanelGroup[]) => PanelGroup[] }): void;
}

/** After bpmn-js-properties-panel's own provider (priority 1000), so its groups are there to place ours among. */
const PRIORITY = 500;

/** ISO 8601 durations, as the `polku/deadline-basis-required` lint rule checks them. */
const DURATION = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/;
const FIELD_KEY = /^[A-Za-z_]\w*$/;
const FIELD_TYPES: readonly FieldTypeName[] = ['text', 'number', 'boolean', 'date'];

/**
 * Adds Polku's groups to bpmn-js-properties-panel: guidance per language with a preview, names
 * per language, and the lists of legal references, deadlines and fields of a step. They sit
 * right after "General". The panel's own "Documentation" group is left out: Polku's guidance
 * group edits the same `bpmn:documentation` and keeps `textFormat="text/markdown"` on it.
 */
export default class PolkuPropertiesProvider {
  static $inject = ['propertiesPanel', 'polkuLanguage', 'polkuEditing'];

  private readonly language: PolkuLanguage;
  private readonly editing: PolkuEditing;

  constructor(propertiesPanel: PropertiesPanel, language: PolkuLanguage, editing: PolkuEditing) {
    this.language = language;
    this.editing = editing;
    propertiesPanel.registerProvider(PRIORITY, this);
  }

  getGroups(element: DiagramElement): (groups: PanelGroup[]) => PanelGroup[] {
    return (groups) => {
      const polku = this.polkuGroups(element);
      const rest = groups.filter((group) => group.id !== 'documentation');
      const after = rest.findIndex((group) => group.id === 'general') + 1;
      return [...rest.slice(0, after), ...polku, ...rest.slice(after)];
    };
  }

  private polkuGroups(element: DiagramElement): PanelGroup[] {
    const s = this.language.strings;
    const bo = element.businessObject;
    if (!bo) return [];
    const modelLang = modelLanguageOf(bo);
    const langs = editLanguages(modelLang);
    const groups: PanelGroup[] = [];

    // A pool shows its process's guidance: that is the walkthrough's "about" text.
    const guidanceTarget = bo.$instanceOf('bpmn:Participant') ? (bo.processRef as ModdleObject | undefined) : bo.$instanceOf('bpmn:FlowNode') || bo.$instanceOf('bpmn:Process') ? bo : undefined;
    if (guidanceTarget) {
      groups.push({
        id: 'polku-guidance',
        label: guidanceTarget.$instanceOf('bpmn:Process') ? s.processGuidanceGroup : s.guidanceGroup,
        shouldOpen: true,
        translate: this.language.translate,
        entries: langs.flatMap((lang) => [
          { id: `polku-guidance-${lang}`, component: GuidanceEntry, isEdited: isTextAreaEntryEdited, target: guidanceTarget, lang, modelLang },
          { id: `polku-guidance-${lang}-preview`, component: GuidancePreview, target: guidanceTarget, lang, modelLang },
        ]),
      });
    }
    if (hasNameProperty(bo)) {
      groups.push({
        id: 'polku-names',
        label: s.namesGroup,
        shouldOpen: true,
        translate: this.language.translate,
        entries: langs.map((lang) => ({ id: `polku-name-${lang}`, component: NameEntry, isEdited: isTextFieldEntryEdited, target: bo, lang, modelLang })),
      });
    }
    if (bo.$instanceOf('bpmn:FlowNode')) {
      groups.push(this.legalGroup(element, bo, s), this.deadlineGroup(element, bo, langs, modelLang, s), this.fieldGroup(element, bo, langs, modelLang, s));
    }
    return groups;
  }

  private legalGroup(element: DiagramElement, bo: ModdleObject, words: ModelerStrings): PanelGroup {
    const references = extensionValues(bo, 'polku:LegalReference');
    return {
      ...this.listGroup('polku-legal', words.legalGroup),
      items: references.map((reference, index) => {
        const id = `polku-legal-${index}`;
        const text = (property: string, label: (s: ModelerStrings) => string, check?: (value: string, s: ModelerStrings) => string | undefined) => ({
          id: `${id}-${property}`, component: TextAttributeEntry, isEdited: isTextFieldEntryEdited, extension: reference, property, label, check,
        });
        return {
          id,
          label: [stringOf(reference, 'statute'), stringOf(reference, 'section')].filter(Boolean).join(' ') || words.newLegal,
          autoFocusEntry: `${id}-statute`,
          entries: [
            text('statute', (s) => s.statute),
            text('section', (s) => s.section),
            text('url', (s) => s.url, checkUrl),
          ],
          remove: () => this.editing.removeExtension(element, bo, reference),
        };
      }),
      add: (event: Event) => {
        event.stopPropagation();
        this.editing.addExtension(element, bo, 'polku:LegalReference', {});
      },
    };
  }

  private deadlineGroup(element: DiagramElement, bo: ModdleObject, langs: string[], modelLang: string, words: ModelerStrings): PanelGroup {
    const deadlines = extensionValues(bo, 'polku:Deadline');
    return {
      ...this.listGroup('polku-deadlines', words.deadlinesGroup),
      items: deadlines.map((deadline, index) => {
        const id = `polku-deadline-${index}`;
        return {
          id,
          label: textOf(deadline, modelLang, modelLang, 'name') || stringOf(deadline, 'duration') || words.newDeadline,
          autoFocusEntry: `${id}-name-${modelLang}`,
          entries: [
            ...langs.map((lang) => ({
              id: `${id}-name-${lang}`, component: ExtensionNameEntry, isEdited: isTextFieldEntryEdited, extension: deadline, lang, modelLang,
              label: (s: ModelerStrings, language: string) => s.deadlineName(language),
            })),
            {
              id: `${id}-duration`, component: TextAttributeEntry, isEdited: isTextFieldEntryEdited, extension: deadline, property: 'duration',
              label: (s: ModelerStrings) => s.duration, description: (s: ModelerStrings) => s.durationDescription,
              check: checkDuration,
            },
            {
              id: `${id}-counting`, component: SelectAttributeEntry, isEdited: isSelectEntryEdited, extension: deadline, property: 'counting', fallback: 'calendar',
              label: (s: ModelerStrings) => s.counting,
              options: (s: ModelerStrings) => [{ value: 'working-days', label: s.workingDays }, { value: 'calendar', label: s.calendarDays }],
            },
            { id: `${id}-firstDayCounts`, component: CheckboxAttributeEntry, isEdited: isCheckboxEntryEdited, extension: deadline, property: 'firstDayCounts', label: (s: ModelerStrings) => s.firstDayCounts },
            {
              id: `${id}-basis`, component: TextAttributeEntry, isEdited: isTextFieldEntryEdited, extension: deadline, property: 'basis',
              label: (s: ModelerStrings) => s.basis, description: (s: ModelerStrings) => s.basisDescription,
            },
          ],
          remove: () => this.editing.removeExtension(element, bo, deadline),
        };
      }),
      add: (event: Event) => {
        event.stopPropagation();
        this.editing.addExtension(element, bo, 'polku:Deadline', { counting: 'calendar' });
      },
    };
  }

  private fieldGroup(element: DiagramElement, bo: ModdleObject, langs: string[], modelLang: string, words: ModelerStrings): PanelGroup {
    const fields = extensionValues(bo, 'polku:Field');
    return {
      ...this.listGroup('polku-fields', words.fieldsGroup),
      items: fields.map((field, index) => {
        const id = `polku-field-${index}`;
        return {
          id,
          label: textOf(field, modelLang, modelLang, 'name') || stringOf(field, 'key') || words.newField,
          autoFocusEntry: `${id}-key`,
          entries: [
            {
              id: `${id}-key`, component: TextAttributeEntry, isEdited: isTextFieldEntryEdited, extension: field, property: 'key',
              label: (s: ModelerStrings) => s.fieldKey, description: (s: ModelerStrings) => s.fieldKeyDescription,
              check: checkFieldKey,
            },
            ...langs.map((lang) => ({
              id: `${id}-name-${lang}`, component: ExtensionNameEntry, isEdited: isTextFieldEntryEdited, extension: field, lang, modelLang,
              label: (s: ModelerStrings, language: string) => s.fieldName(language),
            })),
            {
              id: `${id}-type`, component: SelectAttributeEntry, isEdited: isSelectEntryEdited, extension: field, property: 'type', fallback: 'text',
              label: (s: ModelerStrings) => s.fieldType,
              options: (s: ModelerStrings) => FIELD_TYPES.map((type) => ({ value: type, label: s.fieldTypes[type] })),
            },
            { id: `${id}-required`, component: CheckboxAttributeEntry, isEdited: isCheckboxEntryEdited, extension: field, property: 'required', label: (s: ModelerStrings) => s.fieldRequired },
          ],
          remove: () => this.editing.removeExtension(element, bo, field),
        };
      }),
      add: (event: Event) => {
        event.stopPropagation();
        this.editing.addExtension(element, bo, 'polku:Field', { key: unusedKey(fields), type: 'text' });
      },
    };
  }

  /** What every Polku list group shares: the list component and its words in the interface language. */
  private listGroup(id: string, label: string): PanelGroup {
    return { id, label, component: ListGroup, translate: this.language.translate };
  }
}

// Checks live at module level so their identity is stable: the properties panel re-validates
// whenever `validate` changes, and a new one on every render would clear a shown error.
const checkUrl = (value: string, s: ModelerStrings) => (value.trim() && !value.trim().startsWith('https://') ? s.urlInvalid : undefined);
const checkDuration = (value: string, s: ModelerStrings) => (DURATION.test(value.trim()) ? undefined : s.durationInvalid);
const checkFieldKey = (value: string, s: ModelerStrings) => (FIELD_KEY.test(value.trim()) ? undefined : s.fieldKeyInvalid);

/** `value1`, `value2`, …: the first key no field of the step uses yet, so a new field compiles at once. */
function unusedKey(fields: ModdleObject[]): string {
  const used = new Set(fields.map((field) => stringOf(field, 'key')));
  let n = fields.length + 1;
  while (used.has(`value${n}`)) n++;
  return `value${n}`;
}
