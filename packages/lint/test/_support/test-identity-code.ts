const CHECK_CHARACTERS = '0123456789ABCDEFHJKLMNPRSTUVWXY';

/**
 * A Finnish personal identity code built at run time from a date, a century sign and an
 * individual number of 900–999 — a range never issued to a person, so no real code is written
 * into the repository, not even in the tests of the detector that looks for them.
 */
export function testIdentityCode(date: string, sign: string, individual: number): string {
  if (individual < 900 || individual > 999) throw new Error('test identity codes use individual numbers 900–999 only');
  const check = CHECK_CHARACTERS[Number(`${date}${individual}`) % 31]!;
  return `${date}${sign}${individual}${check}`;
}

/** The same code with a wrong check character. */
export function withWrongCheck(code: string): string {
  const last = code.at(-1)!;
  const next = CHECK_CHARACTERS[(CHECK_CHARACTERS.indexOf(last) + 1) % 31]!;
  return code.slice(0, -1) + next;
}
