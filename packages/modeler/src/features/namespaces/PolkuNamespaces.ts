import { I18N_NS, POLKU_NS } from '@polku/moddle';

interface EventBus {
  on(event: string, callback: (event: { xml: string }) => string | void): void;
}

/** The namespaces every saved Polku model declares, by prefix. */
const NAMESPACES: readonly (readonly [string, string])[] = [
  ['i18n', I18N_NS],
  ['polku', POLKU_NS],
];

/**
 * Keeps `xmlns:polku` and `xmlns:i18n` on the saved file's root element even while no element
 * uses them, so a new model is ready for Polku's extensions in any editor. bpmn-moddle writes
 * a known namespace only where it is used; bpmn-js lets `saveXML.serialized` replace the XML.
 */
export default class PolkuNamespaces {
  static $inject = ['eventBus'];

  constructor(eventBus: EventBus) {
    eventBus.on('saveXML.serialized', ({ xml }) => declareNamespaces(xml));
  }
}

/** `xml` with the Polku namespaces declared on its root element where they are missing. */
export function declareNamespaces(xml: string): string {
  const root = /<(?![?!])([\w.-]+(?::[\w.-]+)?)([^>]*)>/.exec(xml);
  if (!root) return xml;
  const [tag, name, attributes] = root as unknown as [string, string, string];
  const missing = NAMESPACES.filter(([, uri]) => !attributes.includes(`"${uri}"`)).filter(([prefix]) => !attributes.includes(`xmlns:${prefix}=`));
  if (missing.length === 0) return xml;
  const declarations = missing.map(([prefix, uri]) => ` xmlns:${prefix}="${uri}"`).join('');
  return xml.slice(0, root.index) + `<${name}${declarations}${attributes}>` + xml.slice(root.index + tag.length);
}
