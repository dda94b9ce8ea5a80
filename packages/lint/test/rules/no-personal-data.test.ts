import { testIdentityCode, withWrongCheck } from '../_support/test-identity-code.js';
import { bpmn, extensions, translation } from '../_support/bpmn.js';
import { ruleTable } from '../_support/rule-table.js';

// Synthetic values only. Identity codes use individual numbers 900–999, which are never given
// to people; e-mail addresses use the reserved example.com domain; phone numbers are zeros.
const IDENTITY_CODE = testIdentityCode('010199', '-', 900);
const IDENTITY_CODE_2000S = testIdentityCode('150615', 'A', 901);
const IDENTITY_CODE_WRONG_CHECK = withWrongCheck(IDENTITY_CODE);

function task(documentation: string, attributes = ''): string {
  return bpmn(`<bpmn:userTask id="Task_1" name="Testitapaus"${attributes}><bpmn:documentation>${documentation}</bpmn:documentation></bpmn:userTask>`);
}

ruleTable('no-personal-data', {
  valid: [
    {
      it: 'ordinary guidance with sections of law, dates, durations and addresses of statutes',
      xml: task('Aloita 1.1.2024 mennessä, viimeistään 7 arkipäivän kuluessa (LSL 26 § 5 mom., laki 417/2007). Lapset 0–6-vuotiaat; klo 8–16. Katso https://finlex.fi/fi/laki/ajantasa/2007/20070417. Kustannus 10000 euroa.'),
    },
    {
      it: 'a date written like an identity code whose check character is wrong',
      xml: task(`Viite ${IDENTITY_CODE_WRONG_CHECK}.`),
    },
    {
      it: 'a common first name used as an ordinary word',
      xml: task('Onni ei riitä: tarkista tiedot. Koulupolku etenee vaiheittain.'),
    },
    {
      it: 'neutral example labels',
      xml: task('Esimerkiksi Testitapaus 1: lapsi, 7 v, siirtyy esiopetukseen.'),
    },
    {
      it: 'an allowed public service number',
      xml: task('Soita kirjaamoon 029 000 0000.'),
      config: { allow: ['029 000 0000'] },
    },
    {
      it: 'diagram coordinates and ids, which are not texts',
      xml: bpmn('<bpmn:task id="Task_0401234567" name="Testitapaus" />'),
    },
  ],
  invalid: [
    {
      it: 'a personal identity code in guidance',
      xml: task(`Testitapauksen tunnus ${IDENTITY_CODE} kirjataan.`),
      reports: [{ id: 'Task_1', message: 'Guidance holds what looks like a Finnish personal identity code; remove it' }],
    },
    {
      it: 'an identity code of the 2000s in a Swedish name translation',
      xml: bpmn(`<bpmn:userTask id="Task_1" name="Testitapaus">${extensions(translation('sv', `Testfall ${IDENTITY_CODE_2000S}`))}</bpmn:userTask>`),
      reports: [{ id: 'Task_1', message: 'Name translation (sv) holds what looks like a Finnish personal identity code' }],
    },
    {
      it: 'an identity code inside another tool\'s extension element',
      xml: bpmn(`<bpmn:userTask id="Task_1">${extensions(`<camunda:inputOutput><camunda:inputParameter name="client">${IDENTITY_CODE}</camunda:inputParameter></camunda:inputOutput>`)}</bpmn:userTask>`),
      reports: [{ id: 'Task_1', message: 'Text of <camunda:inputParameter> holds what looks like a Finnish personal identity code' }],
    },
    {
      it: 'an e-mail address in another tool\'s attribute',
      xml: bpmn('<bpmn:userTask id="Task_1" camunda:assignee="testitapaus@example.com" />'),
      reports: [{ id: 'Task_1', message: 'Attribute "camunda:assignee" holds an e-mail address' }],
    },
    {
      it: 'an e-mail address in a deadline basis',
      xml: bpmn(`<bpmn:userTask id="Task_1">${extensions('<polku:deadline duration="P7D" basis="kysy testi@example.com" />')}</bpmn:userTask>`),
      reports: [{ id: 'Task_1', message: 'Attribute "polku:basis" holds an e-mail address' }],
    },
    {
      it: 'Finnish mobile, landline and international phone numbers, once per text',
      xml: task('Soita 040 000 0000 tai (09) 000 0000 tai +358 50 000 0000.'),
      reports: [{ id: 'Task_1', message: 'Guidance holds what looks like a Finnish phone number' }],
    },
    {
      it: 'a street address and a postal code',
      xml: bpmn('<bpmn:userTask id="Task_1" name="Käynti Testikatu 1 A 2"><bpmn:documentation>Postiosoite 00100 Helsinki.</bpmn:documentation></bpmn:userTask>'),
      reports: [
        { id: 'Task_1', message: 'Name holds what looks like a street address' },
        { id: 'Task_1', message: 'Guidance holds what looks like a street address' },
      ],
    },
    {
      it: 'common first names used for example persons',
      xml: task('Esim. Matti saa tukea. Maija Meikäläinen hakee. Ilmoita, jos Aino, 7 v, muuttaa.'),
      reports: [
        { id: 'Task_1', message: 'Guidance uses the person name "Matti" as an example; use a neutral label such as "Testitapaus 1".' },
        { id: 'Task_1', message: 'uses the person name "Maija"' },
        { id: 'Task_1', message: 'uses the person name "Aino"' },
      ],
    },
    {
      it: 'several kinds in one text, one report each',
      xml: task(`Tunnus ${IDENTITY_CODE}, testi@example.com, 040 000 0000.`),
      reports: [
        { id: 'Task_1', message: 'personal identity code' },
        { id: 'Task_1', message: 'e-mail address' },
        { id: 'Task_1', message: 'phone number' },
      ],
    },
    {
      it: 'personal data on the definitions, against their id',
      xml: bpmn('').replace('targetNamespace="urn:polku:test"', 'targetNamespace="urn:polku:test" exporter="testi@example.com"'),
      reports: [{ id: 'Definitions_1', message: 'Attribute "exporter" holds an e-mail address' }],
    },
  ],
});
