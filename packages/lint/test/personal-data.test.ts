import { testIdentityCode, withWrongCheck } from './_support/test-identity-code.js';
import { describe, expect, it } from 'vitest';
import { COMMON_FIRST_NAMES, findPersonalData, isIdentityCode } from '../lib/_internal/personal-data.js';

function kinds(text: string): string[] {
  return findPersonalData(text).map((finding) => finding.kind);
}

describe('personal data detection', () => {
  it('accepts identity codes only with a real date and the right check character', () => {
    // given: synthetic codes (individual numbers 900–999 are never given to people)
    const valid = [testIdentityCode('010199', '-', 900), testIdentityCode('150615', 'A', 901), testIdentityCode('311299', 'Y', 950), testIdentityCode('010199', '-', 900).toLowerCase()];
    // A wrong check character, 31 February, month 13: none of them is a code.
    const invalid = [withWrongCheck(testIdentityCode('010199', '-', 900)), `310299-900${testIdentityCode('010199', '-', 900).at(-1)}`, `011399-900${testIdentityCode('010199', '-', 900).at(-1)}`];
    // then
    expect(valid.map((code) => [code, kinds(code)])).toEqual(valid.map((code) => [code, ['identity-code']]));
    expect(invalid.map((code) => [code, kinds(code).includes('identity-code')])).toEqual(invalid.map((code) => [code, false]));
    expect(isIdentityCode(['', '31', '12', '99', 'Y', '950', 'V'])).toBe(true);
  });

  it('finds Finnish phone numbers in their usual spellings', () => {
    const numbers = ['040 000 0000', '0400000000', '050-000 0000', '09 000 0000', '(09) 000 0000', '+358 40 000 0000', '+358 (0)9 000 0000', '00358 50 000 0000'];
    expect(numbers.map((number) => [number, kinds(`Soita ${number}.`)])).toEqual(numbers.map((number) => [number, ['phone']]));
  });

  it('does not take dates, statute numbers, durations or sums for phone numbers', () => {
    const texts = ['1.1.2024', '2007/20070417', 'laki 417/2007', 'P7D', '0–6-vuotiaat', 'klo 08-16', '10 000 euroa', 'LSL 16 b § 2 mom.', 'Y-tunnus 0000000-0', 'id _07465254-8359-47b9-815d', 'DOI 10.1007/s00165-016-0379-x', 'v0.1.0-0401234'];
    expect(texts.map((text) => [text, kinds(text)])).toEqual(texts.map((text) => [text, []]));
  });

  it('finds street addresses and postal codes but not numbered sections', () => {
    expect(kinds('Testikatu 12 B 4')).toEqual(['address']);
    expect(kinds('Testivägen 5')).toEqual(['address']);
    expect(kinds('Mannerheimintie 5 as. 3')).toEqual(['address']);
    expect(kinds('00100 Helsinki')).toEqual(['address']);
    expect(kinds('Katu 5 §, koulutie 2 km')).toEqual([]);
  });

  it('finds common first names only in example-like context', () => {
    expect(kinds('esimerkiksi Leo')).toEqual(['name']);
    expect(kinds('Lapsi Eevi siirtyy.')).toEqual(['name']);
    expect(kinds('t.ex. Elias')).toEqual(['name']);
    expect(kinds('Ella (9 år)')).toEqual(['name']);
    expect(kinds('Juha Testinen')).toEqual(['name']);
    expect(kinds('Helmi on kaunis.')).toEqual([]);
    expect(kinds('Mattia ja Ainoa')).toEqual([]);
  });

  it('keeps a built-in list of about fifty common first names', () => {
    expect(COMMON_FIRST_NAMES.length).toBeGreaterThanOrEqual(50);
    expect(new Set(COMMON_FIRST_NAMES).size).toBe(COMMON_FIRST_NAMES.length);
  });
});
