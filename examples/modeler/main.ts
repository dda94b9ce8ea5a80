// The modeler page: bpmn.io's and Polku's stylesheets as files, then the modeler itself.
// Nothing else imports @polku/modeler, so the walkthrough pages never load it.
// eslint-disable-next-line import/no-unassigned-import -- the stylesheet is the point of the import
import '@polku/modeler/styles.css';
import { mountPolkuModeler } from '@polku/modeler';

const root = document.querySelector<HTMLElement>('#app')!;
mountPolkuModeler(root, { lang: new URLSearchParams(location.search).get('lang') ?? document.documentElement.lang });
