import { html, nothing, type TemplateResult } from 'lit';
import type { GuideView } from './guide-view.js';
import type { BoundaryGroup } from './place-boundaries.js';
import { renderTrigger } from './render-trigger.js';

/**
 * The boundary events of a card as secondary actions below its main one ("Keskeytä, jos:
 * 30 päivää kulunut"). A group that belongs to a sub-process around the step names it, since
 * the event stops or joins the whole sub-process, not just this step; a trigger whose host is
 * the whole process is shown without a name.
 */
export function renderBoundaries(ownerId: string, groups: readonly BoundaryGroup[] | undefined, view: GuideView): TemplateResult | typeof nothing {
  if (!groups || groups.length === 0) return nothing;
  const pathway = view.walk.pathway;
  return html`${groups.map((group) => {
    const labelId = `boundaries-${ownerId}-${group.hostId || 'process'}`;
    const host = group.hostId === ownerId || group.hostId === '' ? undefined : (view.text(pathway.nodes[group.hostId]?.name) ?? { text: group.hostId, lang: undefined });
    return html`<div class="boundaries" part="boundaries" role="group" aria-labelledby=${labelId}>
      <p class="boundaries-label" id=${labelId}>
        ${view.s.ifThingsChange}${host ? html` (<span lang=${host.lang ?? nothing}>${host.text}</span>)` : nothing}
      </p>
      ${group.triggers.map((trigger) => renderTrigger(trigger, pathway.nodes[trigger.elementId]?.interrupting === false ? 'also' : 'interrupt', view))}
    </div>`;
  })}`;
}
