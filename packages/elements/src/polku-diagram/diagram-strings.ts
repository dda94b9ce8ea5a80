/**
 * The words `<polku-diagram>` itself says, in Finnish, Swedish and English; the words it
 * shares with `<polku-guide>` (role, deadlines, legal references, errors) come from
 * `_internal/strings.ts`.
 */
import type { UiLang } from '../_internal/strings.js';
import type { ElementState } from './element-states.js';

/** Every string of the diagram that the guide does not have. */
export interface DiagramStrings {
  /** The name of the whole component, with the pathway's name when it has one. */
  label(name: string | undefined): string;
  loading: string;
  /** The accessible name of the drawn picture; the list below says the same in words. */
  picture(name: string | undefined): string;
  /** Why the picture is missing while the list still works. */
  pictureFailed: string;
  zoomIn: string;
  zoomOut: string;
  fit: string;
  toolbar: string;
  legend: string;
  stages: string;
  /** How to use the list, said once when it gets focus. */
  stagesHint: string;
  state: Record<ElementState, string>;
  /** The state inside a list item, after the stage's name. */
  stateInline: Record<ElementState, string>;
  details: string;
  /** The panel before anything is selected. */
  nothingSelected: string;
  noGuidance: string;
  /** The announcement after a stage is selected. */
  selected(name: string): string;
}

const fi: DiagramStrings = {
  label: (name) => (name ? `Polun kaavio: ${name}` : 'Polun kaavio'),
  loading: 'Ladataan kaaviota…',
  picture: (name) => `${name ? `Kaavio: ${name}` : 'Kaavio'}. Samat vaiheet ovat luettelona kaavion alla. Nuolinäppäimet siirtävät näkymää, plus ja miinus muuttavat kokoa.`,
  pictureFailed: 'Kaavion kuvaa ei voitu näyttää. Vaiheet ovat luettelona alla.',
  zoomIn: 'Suurenna',
  zoomOut: 'Pienennä',
  fit: 'Koko kaavio',
  toolbar: 'Kaavion näkymä',
  legend: 'Merkinnät',
  stages: 'Vaiheet',
  stagesHint: 'Liiku nuolinäppäimillä, valitse Enterillä.',
  state: { done: 'Tehty', active: 'Käynnissä', next: 'Mahdollinen seuraava' },
  stateInline: { done: 'tehty', active: 'käynnissä', next: 'mahdollinen seuraava' },
  details: 'Valitun vaiheen tiedot',
  nothingSelected: 'Valitse vaihe kaaviosta tai luettelosta, niin sen ohje näkyy tässä.',
  noGuidance: 'Vaiheelle ei ole kirjoitettu ohjetta.',
  selected: (name) => `Valittu: ${name}. Ohje näkyy luettelon jälkeen.`,
};

const sv: DiagramStrings = {
  label: (name) => (name ? `Stigens diagram: ${name}` : 'Stigens diagram'),
  loading: 'Diagrammet läses in…',
  picture: (name) => `${name ? `Diagram: ${name}` : 'Diagram'}. Samma steg finns som en lista under diagrammet. Piltangenterna flyttar vyn, plus och minus zoomar.`,
  pictureFailed: 'Diagrammet kunde inte visas. Stegen finns som en lista nedan.',
  zoomIn: 'Zooma in',
  zoomOut: 'Zooma ut',
  fit: 'Hela diagrammet',
  toolbar: 'Diagrammets vy',
  legend: 'Teckenförklaring',
  stages: 'Steg',
  stagesHint: 'Flytta med piltangenterna, välj med Enter.',
  state: { done: 'Klart', active: 'Pågår', next: 'Möjligt nästa steg' },
  stateInline: { done: 'klart', active: 'pågår', next: 'möjligt nästa steg' },
  details: 'Uppgifter om det valda steget',
  nothingSelected: 'Välj ett steg i diagrammet eller i listan så visas anvisningen här.',
  noGuidance: 'Steget har ingen anvisning.',
  selected: (name) => `Valt: ${name}. Anvisningen visas efter listan.`,
};

const en: DiagramStrings = {
  label: (name) => (name ? `Pathway diagram: ${name}` : 'Pathway diagram'),
  loading: 'Loading the diagram…',
  picture: (name) => `${name ? `Diagram: ${name}` : 'Diagram'}. The same stages are listed below the diagram. Arrow keys move the view, plus and minus zoom.`,
  pictureFailed: 'The diagram could not be drawn. The stages are listed below.',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fit: 'Whole diagram',
  toolbar: 'Diagram view',
  legend: 'Legend',
  stages: 'Stages',
  stagesHint: 'Move with the arrow keys, select with Enter.',
  state: { done: 'Done', active: 'In progress', next: 'Possible next' },
  stateInline: { done: 'done', active: 'in progress', next: 'possible next' },
  details: 'Selected stage',
  nothingSelected: 'Select a stage in the diagram or the list to read its guidance here.',
  noGuidance: 'This stage has no guidance.',
  selected: (name) => `Selected: ${name}. Its guidance follows the list.`,
};

/** The diagram's own strings for one interface language. */
export const diagramStrings: Readonly<Record<UiLang, DiagramStrings>> = { fi, sv, en };
