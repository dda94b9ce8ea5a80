/// <reference types="@polku/vite-plugin/client" />
// The model is compiled when Vite builds this file: the page gets the pathway as JSON and
// ships the walkthrough runtime, not the BPMN parser.
// eslint-disable-next-line import/no-unassigned-import -- importing it defines <polku-guide>, which is the point
import '@polku/elements/polku-guide';
import pathway from '../../models/koulupolku.bpmn';

const guide = document.querySelector('polku-guide');
if (guide) guide.pathway = pathway;
