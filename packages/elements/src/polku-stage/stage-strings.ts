import type { UiLang } from '../_internal/strings.js';

/** The words of `<polku-stage>` beyond the guide's own. */
export interface StageStrings {
  label: string;
  loading: string;
  answers: string;
  next: string;
  end: string;
  missingElement(id: string): string;
  noElement: string;
}

export const stageStrings: Readonly<Record<UiLang, StageStrings>> = {
  fi: {
    label: 'Polun vaihe',
    loading: 'Ladataan vaiheen ohjetta…',
    answers: 'Vastausvaihtoehdot',
    next: 'Seuraavaksi',
    end: 'Polku päättyy',
    missingElement: (id) => `Mallissa ei ole vaihetta, jonka tunnus on ${id}.`,
    noElement: 'Valitse näytettävä vaihe element-määritteellä.',
  },
  sv: {
    label: 'Skede i stigen',
    loading: 'Skedets anvisning laddas…',
    answers: 'Svarsalternativ',
    next: 'Därefter',
    end: 'Stigen slutar',
    missingElement: (id) => `Modellen har inget skede med id ${id}.`,
    noElement: 'Välj vilket skede som visas med attributet element.',
  },
  en: {
    label: 'Pathway stage',
    loading: 'Loading the stage guidance…',
    answers: 'Possible answers',
    next: 'Next',
    end: 'The pathway ends',
    missingElement: (id) => `The model has no stage with the id ${id}.`,
    noElement: 'Choose the stage to show with the element attribute.',
  },
};
