import { uiLangOf } from '../_internal/strings.js';
import type { StorageErrorCode } from './storage-error.js';

const MESSAGES: Record<'fi' | 'sv' | 'en', Record<StorageErrorCode, string>> = {
  fi: {
    'storage-unavailable':
      'Selain ei salli tallentamista tällä sivulla (esimerkiksi yksityisessä selaustilassa). Voit jatkaa polkua, mutta vie läpikäynti tiedostoksi, jos haluat säilyttää sen.',
    'storage-blocked': 'Tallennukset ovat auki vanhemmassa versiossa toisessa välilehdessä. Sulje muut Polku-välilehdet ja yritä uudelleen.',
    'storage-outdated': 'Polku on päivitetty toisessa välilehdessä. Lataa tämä sivu uudelleen; tallennetut läpikäynnit säilyvät.',
    'storage-full': 'Selaimen tallennustila on täynnä, joten viimeisintä muutosta ei tallennettu. Se on yhä näkyvissä: vie läpikäynti tiedostoksi tai poista vanhoja läpikäyntejä ja yritä uudelleen.',
    'storage-conflict':
      'Tätä läpikäyntiä on muutettu toisessa välilehdessä tai ikkunassa, eikä sitä tallennettu päälle. Vie tämän välilehden versio tiedostoksi, jos haluat säilyttää sen, ja avaa läpikäynti uudelleen listasta.',
    'record-missing': 'Tämä läpikäynti on poistettu toisessa välilehdessä. Vie se tiedostoksi, jos haluat säilyttää sen.',
    'record-corrupt': 'Tallennettu läpikäynti on vioittunut, eikä sitä voi avata. Se säilytetään ennallaan; voit ladata sen tiedostona tukea varten tai poistaa sen.',
    'storage-failed': 'Tallennus ei onnistunut. Muutos on yhä näkyvissä: yritä uudelleen tai vie läpikäynti tiedostoksi.',
  },
  sv: {
    'storage-unavailable':
      'Webbläsaren tillåter inte att något sparas på den här sidan (till exempel i privat läge). Du kan fortsätta på stigen, men exportera genomgången till en fil om du vill behålla den.',
    'storage-blocked': 'De sparade genomgångarna är öppna i en äldre version i en annan flik. Stäng de andra Polku-flikarna och försök igen.',
    'storage-outdated': 'Polku har uppdaterats i en annan flik. Ladda om den här sidan; de sparade genomgångarna finns kvar.',
    'storage-full': 'Webbläsarens lagringsutrymme är fullt, så den senaste ändringen sparades inte. Den syns fortfarande: exportera genomgången till en fil eller ta bort gamla genomgångar och försök igen.',
    'storage-conflict':
      'Den här genomgången har ändrats i en annan flik eller ett annat fönster och skrevs inte över. Exportera den här flikens version till en fil om du vill behålla den, och öppna genomgången på nytt i listan.',
    'record-missing': 'Den här genomgången har tagits bort i en annan flik. Exportera den till en fil om du vill behålla den.',
    'record-corrupt': 'En sparad genomgång är skadad och kan inte öppnas. Den lämnas som den är; du kan ladda ner den som fil för supporten eller ta bort den.',
    'storage-failed': 'Det gick inte att spara. Ändringen syns fortfarande: försök igen eller exportera genomgången till en fil.',
  },
  en: {
    'storage-unavailable': 'The browser does not allow saving on this page (for example in a private window). You can go on, but export the walkthrough to a file if you want to keep it.',
    'storage-blocked': 'The saved walkthroughs are open in an older version in another tab. Close the other Polku tabs and try again.',
    'storage-outdated': 'Polku was updated in another tab. Reload this page; your saved walkthroughs are kept.',
    'storage-full': "The browser's storage is full, so the latest change was not saved. It is still shown: export the walkthrough to a file, or delete old walkthroughs and try again.",
    'storage-conflict':
      'This walkthrough was changed in another tab or window and was not overwritten. Export the version in this tab to a file if you want to keep it, and open the walkthrough again from the list.',
    'record-missing': 'This walkthrough was deleted in another tab. Export it to a file if you want to keep it.',
    'record-corrupt': 'A saved walkthrough is damaged and cannot be opened. It is kept as it is; you can download it as a file for support, or delete it.',
    'storage-failed': 'Saving did not work. The change is still shown: try again, or export the walkthrough to a file.',
  },
};

/**
 * What a {@link StorageError} code means for the worker, in Finnish, Swedish or English (after
 * a `lang` value such as `sv-FI`; Finnish when it is none of them). Each message says what
 * happened, that nothing was lost, and what to do.
 */
export function storageMessage(code: StorageErrorCode, lang: string | null | undefined): string {
  return MESSAGES[uiLangOf(lang)][code] ?? MESSAGES[uiLangOf(lang)]['storage-failed'];
}
