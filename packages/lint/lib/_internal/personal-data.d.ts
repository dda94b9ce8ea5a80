// Types of personal-data.js for TypeScript projects that do not read JavaScript (allowJs off),
// such as the elements that check walkthrough labels with the same detector.
export type PersonalDataKind = 'identity-code' | 'email' | 'phone' | 'address' | 'name';
export interface Finding {
  kind: PersonalDataKind;
  match: string;
}
export declare const COMMON_FIRST_NAMES: readonly string[];
export declare function findPersonalData(text: string): Finding[];
export declare function isIdentityCode(match: RegExpExecArray | string[]): boolean;
