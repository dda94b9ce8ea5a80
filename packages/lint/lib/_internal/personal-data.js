/**
 * Detectors for text that looks like personal data. They favour precision: a lint that cries
 * wolf gets switched off. What they cannot see is listed in docs/rules/no-personal-data.md.
 */

/**
 * @typedef {'identity-code' | 'email' | 'phone' | 'address' | 'name'} PersonalDataKind
 * @typedef {{ kind: PersonalDataKind, match: string }} Finding
 */

/**
 * Some of the most common first names in Finland (DVV name statistics: the population as a whole
 * and recent newborns), including the placeholders Matti and Maija. Names that are also
 * everyday words a sentence may start with (Anna "give", Satu "fairy tale", Toivo "hope",
 * Usko "faith", Tuuli "wind") are left out on purpose.
 */
export const COMMON_FIRST_NAMES = Object.freeze([
  'Matti', 'Maija', 'Juhani', 'Johannes', 'Mikael', 'Olavi', 'Antero', 'Tapani', 'Kalevi', 'Timo',
  'Kari', 'Mikko', 'Antti', 'Jari', 'Jukka', 'Mika', 'Markku', 'Pekka', 'Juha', 'Heikki',
  'Hannu', 'Ilmari', 'Eino', 'Väinö', 'Elias', 'Oliver', 'Leo', 'Lauri', 'Ville', 'Eetu',
  'Aleksi', 'Onni', 'Maria', 'Helena', 'Johanna', 'Anneli', 'Kaarina', 'Marjatta', 'Liisa', 'Annikki',
  'Tuula', 'Aino', 'Sofia', 'Emilia', 'Olivia', 'Aada', 'Eevi', 'Ella', 'Helmi', 'Pirjo',
  'Sari', 'Minna', 'Tiina', 'Riitta', 'Leena', 'Päivi', 'Kirsi', 'Laura', 'Elina', 'Hanna',
]);

// DDMMYY, century sign, individual number, check character (Väestötietolaki 128/2010; the
// signs U–Y and B–F were added for the 1900s and 2000s in 2023).
const IDENTITY_CODE = /(?<![\p{L}\p{N}])(\d{2})(\d{2})(\d{2})([-+A-FU-Y])(\d{3})([0-9A-Y])(?![\p{L}\p{N}])/giu;
const CHECK_CHARACTERS = '0123456789ABCDEFHJKLMNPRSTUVWXY';

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

// +358 / 00358 / 0, an area or operator code not starting with 0, then 5–9 more digits with
// single spaces or hyphens between groups: 040 123 4567, 09 1234 567, +358 50 123 4567, (09) 123 4567.
// A number stands alone: not glued to letters, digits or `_`, nor joined to them by - / . as
// inside UUIDs, DOIs and version strings.
const PHONE = /(?<![\p{L}\p{N}_+])(?<![\p{L}\p{N}][-/.])(?:(?:\+|00)358[ \u00a0-]?(?:\(0\)[ \u00a0-]?)?[1-9]|\(0[1-9]\d{0,2}\)[ \u00a0-]?\d|0[1-9])(?:[ \u00a0-]?\d){5,9}(?![\p{L}\p{N}_])(?![-/.][\p{L}\p{N}])/gu;

// A capitalised word ending in a Finnish or Swedish street word, then a house number with an
// optional staircase letter and flat number: Mannerheimintie 12 B 4, Storgatan 5.
const STREET = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}-]*(?:katu|tie|kuja|polku|väylä|raitti|rinne|kaari|ranta|aukio|gatan|vägen|gränd|stigen)[ \u00a0]+\d{1,3}(?:[ \u00a0]?[A-Za-z](?![\p{L}]))?(?:[ \u00a0]+(?:as\.[ \u00a0]?)?\d{1,3})?(?![\p{L}\p{N}§%])/gu;
// A postal code and a capitalised town: 00100 Helsinki, 65100 Vaasa.
const POSTAL = /(?<![\p{L}\p{N}])\d{5}[ \u00a0]+\p{Lu}\p{Ll}{2,}/gu;

const NAME = new RegExp(`(?<![\\p{L}\\p{N}])(?:${COMMON_FIRST_NAMES.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
// Words after which a name is an example person: "esim. Aino", "lapsi Matti", "t.ex. Leo".
const EXAMPLE_MARKER = /(?<![\p{L}])(?:esim\.?|esimerkiksi|esimerkki\p{L}*|kuten|nimeltään|nimeltä|asiakas|lapsi|nuori|äiti|isä|e\.g\.?|example|instance|such as|named|called|client|child|mother|father|t\.ex\.?|exempel\p{L}*|såsom|heter|kallad|klient\p{L}*|barnet|barn|mamma|pappa)(?![\p{L}])/iu;
// A capitalised word after the name, as a surname would be: "Matti Meikäläinen".
const SURNAME_AFTER = /^[ \u00a0]+\p{Lu}\p{Ll}{2,}(?![\p{L}])/u;
// An age after the name: "Aino, 7 v", "Leo (12-vuotias)", "Ella 9 år".
const AGE_AFTER = /^[ \u00a0]*[,(]?[ \u00a0]*\d{1,2}[ \u00a0]*(?:v\.?(?![\p{L}])|-?vuotias|vuotta|år|years?|yrs?)/iu;

/**
 * Every stretch of `text` that looks like personal data, in the order the kinds are listed.
 * Matches of one kind are blanked before the next kind is searched, so an identity code is
 * not reported again as a phone number.
 *
 * @param {string} text
 * @returns {Finding[]}
 */
export function findPersonalData(text) {
  /** @type {Finding[]} */
  const findings = [];
  let rest = text;
  /**
   * @param {PersonalDataKind} kind
   * @param {RegExp} pattern
   * @param {(match: RegExpExecArray, text: string) => boolean} [accept]
   * @param {boolean} [maskRejected] blank rejected matches too
   */
  const scan = (kind, pattern, accept = () => true, maskRejected = false) => {
    for (const match of rest.matchAll(pattern)) {
      const accepted = accept(match, rest);
      if (accepted) findings.push({ kind, match: match[0] });
      if (accepted || maskRejected) rest = rest.slice(0, match.index) + ' '.repeat(match[0].length) + rest.slice(match.index + match[0].length);
    }
  };
  // Something shaped like an identity code with a wrong check character is a reference or a
  // typo, not a phone number either: blank it before the phone search.
  scan('identity-code', IDENTITY_CODE, (match) => isIdentityCode(match), true);
  scan('email', EMAIL);
  scan('phone', PHONE);
  scan('address', STREET);
  scan('address', POSTAL);
  scan('name', NAME, isExampleName);
  return findings;
}

/**
 * True when a `DDMMYYCNNNQ` match is a real date whose check character is right: the remainder
 * of the nine digits DDMMYYNNN divided by 31 picks the character. Most dates written without
 * separators fail this, which is the point.
 *
 * @param {RegExpExecArray | string[]} match [all, day, month, year, sign, individual, check]
 * @returns {boolean}
 */
export function isIdentityCode(match) {
  const [, day = '', month = '', year = '', sign = '', individual = '', check = ''] = match;
  const signUpper = sign.toUpperCase();
  const century = signUpper === '+' ? 1800 : 'ABCDEF'.includes(signUpper) ? 2000 : 1900;
  const date = new Date(Date.UTC(century + Number(year), Number(month) - 1, Number(day)));
  if (date.getUTCDate() !== Number(day) || date.getUTCMonth() !== Number(month) - 1) return false;
  return CHECK_CHARACTERS[Number(`${day}${month}${year}${individual}`) % 31] === check.toUpperCase();
}

/**
 * True when a common first name stands where an example person would: after an example word
 * or a role ("esim.", "lapsi"), before a surname, or before an age.
 *
 * @param {RegExpExecArray} match
 * @param {string} text
 * @returns {boolean}
 */
function isExampleName(match, text) {
  const before = text.slice(0, match.index).split(/\s+/).slice(-4).join(' ');
  const after = text.slice(match.index + match[0].length, match.index + match[0].length + 40);
  return EXAMPLE_MARKER.test(before) || SURNAME_AFTER.test(after) || AGE_AFTER.test(after);
}
