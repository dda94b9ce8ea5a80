/**
 * Builds small BPMN documents for rule tables, so each case shows only what it is about.
 * Labels are neutral ("Testitapaus"); personal-data cases use synthetic values only.
 */
const NAMESPACES = [
  'xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"',
  'xmlns:i18n="http://www.omg.org/spec/BPMN/non-normative/extensions/i18n/1.0"',
  'xmlns:polku="urn:polku:bpmn:1.0"',
  'xmlns:camunda="http://camunda.org/schema/1.0/bpmn"',
].join(' ');

/** A definitions element holding one process with `body`; `lang: null` leaves out xml:lang. */
export function bpmn(body: string, options: { lang?: string | null } = {}): string {
  const lang = options.lang === undefined ? 'fi' : options.lang;
  const langAttribute = lang === null ? '' : ` xml:lang="${lang}"`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions ${NAMESPACES} id="Definitions_1" targetNamespace="urn:polku:test"${langAttribute}>
  <bpmn:process id="Process_1">
${body}
  </bpmn:process>
</bpmn:definitions>`;
}

/** `<i18n:translation>`; `target` "documentation" makes it guidance. */
export function translation(lang: string, text: string, target?: 'documentation'): string {
  return `<i18n:translation xml:lang="${lang}"${target ? ` target="${target}"` : ''}>${text}</i18n:translation>`;
}

/** `extensionElements` around the given children. */
export function extensions(...children: string[]): string {
  return `<bpmn:extensionElements>${children.join('')}</bpmn:extensionElements>`;
}

/** Swedish and English names and, when `guidance` is true, guidance for an element. */
export function allTranslations(options: { guidance?: boolean } = {}): string[] {
  const names = [translation('sv', 'Testfall'), translation('en', 'Test case')];
  if (!options.guidance) return names;
  return [...names, translation('sv', 'Gör så här.', 'documentation'), translation('en', 'Do this.', 'documentation')];
}

/**
 * A named exclusive gateway `id` with flows to two end events. `flows` gives each flow's extra
 * attributes (name, conditions as children); `outgoingRefs: false` leaves out the derived
 * `<bpmn:outgoing>` lists, as hand-written models often do.
 */
export function decision(
  id: string,
  options: { name?: string; documentation?: string; flows?: { id: string; name?: string; body?: string }[]; gatewayAttributes?: string; outgoingRefs?: boolean } = {},
): string {
  const flows = options.flows ?? [{ id: 'Flow_Yes', name: 'Kyllä' }, { id: 'Flow_No', name: 'Ei' }];
  const refs = options.outgoingRefs === false ? '' : flows.map((flow) => `<bpmn:outgoing>${flow.id}</bpmn:outgoing>`).join('');
  const name = options.name === undefined ? '' : ` name="${options.name}"`;
  const documentation = options.documentation === undefined ? '' : `<bpmn:documentation>${options.documentation}</bpmn:documentation>`;
  return [
    `<bpmn:exclusiveGateway id="${id}"${name}${options.gatewayAttributes ?? ''}>${documentation}${refs}</bpmn:exclusiveGateway>`,
    ...flows.map((flow, index) => {
      const flowName = flow.name === undefined ? '' : ` name="${flow.name}"`;
      return `<bpmn:endEvent id="End_${index + 1}" /><bpmn:sequenceFlow id="${flow.id}"${flowName} sourceRef="${id}" targetRef="End_${index + 1}">${flow.body ?? ''}</bpmn:sequenceFlow>`;
    }),
  ].join('\n');
}
