import * as fc from 'fast-check';

/**
 * Damage done to a BPMN file's text. Positions are fractions in [0, 1) that pick among the
 * candidates the text offers (the n-th tag, the n-th attribute, …), so every corruption
 * applies to every file and shrinks towards the first candidate.
 */
export type Corruption =
  | { kind: 'delete-element'; at: number }
  | { kind: 'change-attribute'; at: number; value: string }
  | { kind: 'truncate'; at: number }
  | { kind: 'duplicate-id'; at: number; from: number }
  | { kind: 'junk-attributes'; at: number; name: string; value: string; count: number }
  | { kind: 'junk-element'; at: number; element: string }
  | { kind: 'swap-refs'; at: number }
  | { kind: 'doctype'; at: number; declaration: string };

interface Tag {
  start: number;
  end: number;
  name: string;
  closing: boolean;
  selfClosing: boolean;
}

// Start, end and empty-element tags; quoted values may hold '>' and '/'.
const TAG = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;
const ATTRIBUTE = /\s([^\s=/>]+)\s*=\s*("[^"]*"|'[^']*')/g;

function tagsOf(xml: string): Tag[] {
  return [...xml.matchAll(TAG)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    name: match[2]!,
    closing: match[1] === '/',
    selfClosing: match[4] === '/',
  }));
}

function pick<T>(items: readonly T[], at: number): T | undefined {
  return items.length === 0 ? undefined : items[Math.min(items.length - 1, Math.floor(at * items.length))];
}

function attributesIn(xml: string, tag: Tag): { name: string; start: number; end: number; valueStart: number; valueEnd: number }[] {
  const text = xml.slice(tag.start, tag.end);
  return [...text.matchAll(ATTRIBUTE)].map((match) => {
    const start = tag.start + match.index;
    const end = start + match[0].length;
    return { name: match[1]!, start, end, valueStart: end - match[2]!.length + 1, valueEnd: end - 1 };
  });
}

/** Applies one corruption; a corruption that finds nothing to act on leaves the text as it was. */
export function corrupt(xml: string, corruption: Corruption): string {
  const tags = tagsOf(xml);
  const opening = tags.filter((tag) => !tag.closing);
  switch (corruption.kind) {
    case 'delete-element': {
      const tag = pick(opening, corruption.at);
      if (!tag) return xml;
      return xml.slice(0, tag.start) + xml.slice(elementEnd(tags, tag));
    }
    case 'change-attribute': {
      const attributes = opening.flatMap((tag) => attributesIn(xml, tag));
      const attribute = pick(attributes, corruption.at);
      if (!attribute) return xml;
      return xml.slice(0, attribute.valueStart) + corruption.value + xml.slice(attribute.valueEnd);
    }
    case 'truncate':
      return xml.slice(0, Math.floor(corruption.at * xml.length));
    case 'duplicate-id': {
      const ids = opening.flatMap((tag) => attributesIn(xml, tag)).filter((attribute) => attribute.name === 'id');
      const target = pick(ids, corruption.at);
      const source = pick(ids, corruption.from);
      if (!target || !source) return xml;
      return xml.slice(0, target.valueStart) + xml.slice(source.valueStart, source.valueEnd) + xml.slice(target.valueEnd);
    }
    case 'junk-attributes': {
      const tag = pick(opening, corruption.at);
      if (!tag) return xml;
      const junk = Array.from({ length: corruption.count }, (_, index) => ` ${corruption.count > 1 ? `${corruption.name}${index}` : corruption.name}="${corruption.value}"`).join('');
      const insertAt = tag.start + 1 + tag.name.length;
      return xml.slice(0, insertAt) + junk + xml.slice(insertAt);
    }
    case 'junk-element': {
      const tag = pick(tags, corruption.at);
      const insertAt = tag ? tag.end : xml.length;
      return xml.slice(0, insertAt) + corruption.element + xml.slice(insertAt);
    }
    case 'swap-refs': {
      const flows = opening.filter((tag) => /(^|:)sequenceFlow$/.test(tag.name));
      const flow = pick(flows, corruption.at);
      if (!flow) return xml;
      const attributes = attributesIn(xml, flow);
      const source = attributes.find((attribute) => attribute.name === 'sourceRef');
      const target = attributes.find((attribute) => attribute.name === 'targetRef');
      if (!source || !target) return xml;
      const [first, second] = source.start < target.start ? [source, target] : [target, source];
      return (
        xml.slice(0, first.valueStart) +
        xml.slice(second.valueStart, second.valueEnd) +
        xml.slice(first.valueEnd, second.valueStart) +
        xml.slice(first.valueStart, first.valueEnd) +
        xml.slice(second.valueEnd)
      );
    }
    case 'doctype': {
      // Mostly right after the XML declaration, where a DOCTYPE belongs; sometimes anywhere.
      const declaration = /^\s*<\?xml[^>]*\?>/.exec(xml);
      const insertAt = corruption.at < 0.5 ? (declaration?.[0].length ?? 0) : (pick(tags, corruption.at)?.end ?? 0);
      return xml.slice(0, insertAt) + corruption.declaration + xml.slice(insertAt);
    }
  }
}

// The offset after the end tag matching `open`, or after `open` itself when it is empty or unmatched.
function elementEnd(tags: Tag[], open: Tag): number {
  if (open.selfClosing) return open.end;
  let depth = 0;
  for (const tag of tags) {
    if (tag.start < open.start || tag.name !== open.name || tag.selfClosing) continue;
    depth += tag.closing ? -1 : 1;
    if (depth === 0) return tag.end;
  }
  return open.end;
}

// Unbiased: fast-check's default bias towards 0 would mostly pick the root element.
const fraction = fc.noBias(fc.integer({ min: 0, max: 999_999 })).map((value) => value / 1_000_000);

const attributeValue = fc.oneof(
  fc.constantFrom('', ' ', 'x', 'Flow_1', 'Task_1 Task_2', '0', '-1', 'true', 'false', 'P-1D', 'PT', 'R/P1D', '= 1 +', '${a}', '#{b}', '&amp;lt;', '&#0;', '⚠️', 'urn:x'),
  fc.string({ maxLength: 12 }).map((text) => text.replace(/["&<]/g, '')),
  fc.constant('a'.repeat(10_000)),
);

const junkElement = fc.constantFrom(
  '<foo/>',
  '<bpmn:unknownThing id="Junk_1"/>',
  '<bpmn:task id="Junk_2"/>',
  '<bpmn:startEvent id="Junk_3"/>',
  '<bpmn:endEvent/>',
  '<bpmn:sequenceFlow id="Junk_4" sourceRef="Junk_2" targetRef="Nowhere"/>',
  '<bpmn:boundaryEvent id="Junk_5" attachedToRef="Junk_2"><bpmn:timerEventDefinition><bpmn:timeDuration>P</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>',
  '<bpmn:intermediateCatchEvent id="Junk_6"><bpmn:timerEventDefinition><bpmn:timeCycle>R-1/PT1S</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>',
  '<bpmn:intermediateThrowEvent id="Junk_7"><bpmn:signalEventDefinition signalRef="Nowhere"/></bpmn:intermediateThrowEvent>',
  '<bpmn:endEvent id="Junk_8"><bpmn:terminateEventDefinition/></bpmn:endEvent>',
  '<bpmn:eventBasedGateway id="Junk_9"/>',
  '<bpmn:subProcess id="Junk_10"/>',
  '<bpmn:subProcess id="Junk_11" triggeredByEvent="true"><bpmn:startEvent id="Junk_12"><bpmn:errorEventDefinition/></bpmn:startEvent></bpmn:subProcess>',
  '<bpmn:callActivity id="Junk_13" calledElement="Junk_13"/>',
  '<bpmn:process id="Junk_14"><bpmn:startEvent id="Junk_15"/></bpmn:process>',
  '<bpmn:exclusiveGateway id="Junk_16" default="Junk_4"/>',
  '<bpmn:conditionExpression>= 1 +</bpmn:conditionExpression>',
  '<bpmn:extensionElements><polku:deadline duration="P1X"/><polku:field key="1 2" type="blob"/></bpmn:extensionElements>',
  '<bpmn:documentation><![CDATA[<script>alert(1)</script>]]></bpmn:documentation>',
  '<!-- <bpmn:task id="Commented"/> -->',
  '<![CDATA[ <bpmn:task id="Cdata"/> ]]>',
  '<?polku junk?>',
  '&undefinedEntity;',
  '&#xD800;',
  '<bpmn:task id="Unclosed">',
  '</bpmn:process>',
  '<a>'.repeat(2_000) + '</a>'.repeat(2_000),
);

const junkAttributeName = fc.constantFrom('foo', 'id', 'xmlns', 'xmlns:x', 'bpmn:id', 'xsi:type', 'polku:x', 'default', 'attachedToRef', 'calledElement', 'triggeredByEvent', 'isInterrupting', 'sourceRef', 'name');

const doctype = fc.constantFrom(
  '<!DOCTYPE definitions>',
  '<!doctype html>',
  '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>',
  '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
);

/** One random corruption. */
export const corruptionArbitrary: fc.Arbitrary<Corruption> = fc.oneof(
  fc.record({ kind: fc.constant('delete-element' as const), at: fraction }),
  fc.record({ kind: fc.constant('change-attribute' as const), at: fraction, value: attributeValue }),
  fc.record({ kind: fc.constant('truncate' as const), at: fraction }),
  fc.record({ kind: fc.constant('duplicate-id' as const), at: fraction, from: fraction }),
  fc.record({
    kind: fc.constant('junk-attributes' as const),
    at: fraction,
    name: junkAttributeName,
    value: attributeValue,
    count: fc.oneof({ arbitrary: fc.integer({ min: 1, max: 3 }), weight: 9 }, { arbitrary: fc.constant(500), weight: 1 }),
  }),
  fc.record({ kind: fc.constant('junk-element' as const), at: fraction, element: junkElement }),
  fc.record({ kind: fc.constant('swap-refs' as const), at: fraction }),
  fc.record({ kind: fc.constant('doctype' as const), at: fraction, declaration: doctype }),
);
