import { allTranslations, bpmn, extensions, translation } from '../_support/bpmn.js';
import { ruleTable } from '../_support/rule-table.js';

const GUIDED = '<bpmn:documentation>Tee näin.</bpmn:documentation>';

ruleTable('translations-complete', {
  valid: [
    {
      it: 'a task with Swedish and English names and guidance',
      xml: bpmn(`<bpmn:userTask id="Task_1" name="Testitapaus">${GUIDED}${extensions(...allTranslations({ guidance: true }))}</bpmn:userTask>`),
    },
    {
      it: 'unnamed elements without guidance',
      xml: bpmn('<bpmn:exclusiveGateway id="Gateway_1" /><bpmn:parallelGateway id="Gateway_2" />'),
    },
    {
      it: 'regional language tags (sv-FI, en-GB)',
      xml: bpmn(`<bpmn:userTask id="Task_1" name="Testitapaus">${extensions(translation('sv-FI', 'Testfall'), translation('en-GB', 'Test case'))}</bpmn:userTask>`),
    },
    {
      it: 'only the configured languages',
      xml: bpmn(`<bpmn:userTask id="Task_1" name="Testitapaus">${GUIDED}${extensions(translation('sv', 'Testfall'), translation('sv', 'Gör så här.', 'documentation'))}</bpmn:userTask>`),
      config: { languages: ['sv'] },
    },
    {
      it: 'a Swedish model, which needs only English by default',
      xml: bpmn(`<bpmn:userTask id="Task_1" name="Testfall">${extensions(translation('en', 'Test case'))}</bpmn:userTask>`, { lang: 'sv' }),
    },
    {
      it: 'anything when no languages are configured',
      xml: bpmn(`<bpmn:userTask id="Task_1" name="Testitapaus">${GUIDED}</bpmn:userTask>`),
      config: { languages: [] },
    },
    {
      it: 'deadlines and fields with translated names',
      xml: bpmn(`<bpmn:userTask id="Task_1">${extensions(
        `<polku:deadline name="Aloitus" duration="P7D" basis="LSL 26 §">${translation('sv', 'Start')}${translation('en', 'Start')}</polku:deadline>`,
        `<polku:field key="startDate" name="Aloituspäivä" type="date">${translation('sv', 'Startdag')}${translation('en', 'Start date')}</polku:field>`,
      )}</bpmn:userTask>`),
    },
  ],
  invalid: [
    {
      it: 'a name without its English translation',
      xml: bpmn(`<bpmn:userTask id="Task_1" name="Testitapaus">${extensions(translation('sv', 'Testfall'))}</bpmn:userTask>`),
      reports: [{ id: 'Task_1', message: 'Name "Testitapaus" has no translation in en; add <i18n:translation xml:lang="en"> to its extensionElements.' }],
    },
    {
      it: 'guidance without Swedish and English translations',
      xml: bpmn(`<bpmn:userTask id="Task_1" name="Testitapaus">${GUIDED}${extensions(...allTranslations())}</bpmn:userTask>`),
      reports: [{ id: 'Task_1', message: 'Guidance has no translation in sv, en; add <i18n:translation xml:lang="sv" target="documentation">.' }],
    },
    {
      it: 'empty translations as missing',
      xml: bpmn(`<bpmn:userTask id="Task_1" name="Testitapaus">${extensions(translation('sv', ' '), translation('en', 'Test case'))}</bpmn:userTask>`),
      reports: [{ id: 'Task_1', message: 'has no translation in sv;' }],
    },
    {
      it: 'guidance translated only as names',
      xml: bpmn(`<bpmn:task id="Task_1">${GUIDED}${extensions(translation('sv', 'Gör så här.'), translation('en', 'Do this.'))}</bpmn:task>`),
      reports: [{ id: 'Task_1', message: 'Guidance has no translation in sv, en' }],
    },
    {
      it: 'a deadline name without a Swedish translation, against the element that holds it',
      xml: bpmn(`<bpmn:userTask id="Task_1">${extensions(`<polku:deadline name="Aloitus" duration="P7D" basis="LSL 26 §">${translation('en', 'Start')}</polku:deadline>`)}</bpmn:userTask>`),
      reports: [{ id: 'Task_1', message: 'Deadline name "Aloitus" has no translation in sv; add <i18n:translation xml:lang="sv"> inside it.' }],
    },
    {
      it: 'a field name without translations',
      xml: bpmn(`<bpmn:userTask id="Task_1">${extensions('<polku:field key="startDate" name="Aloituspäivä" type="date" />')}</bpmn:userTask>`),
      reports: [{ id: 'Task_1', message: 'Field name "Aloituspäivä" has no translation in sv, en' }],
    },
    {
      it: 'catalogue audience and tags without translations, against the process',
      xml: bpmn(`<bpmn:startEvent id="Start_1" />`).replace(
        '<bpmn:process id="Process_1">',
        `<bpmn:process id="Process_1">${extensions(`<polku:audience name="Testiryhmä">${translation('sv', 'Testgrupp')}</polku:audience>`, '<polku:tag name="Testiaihe" />')}`,
      ),
      reports: [
        { id: 'Process_1', message: 'Audience "Testiryhmä" has no translation in en' },
        { id: 'Process_1', message: 'Tag "Testiaihe" has no translation in sv, en' },
      ],
    },
    {
      it: 'names of lanes, flows and the process too',
      xml: bpmn(`<bpmn:laneSet id="LaneSet_1"><bpmn:lane id="Lane_1" name="Testitiimi" /></bpmn:laneSet>
        <bpmn:startEvent id="Start_1" /><bpmn:endEvent id="End_1" />
        <bpmn:sequenceFlow id="Flow_1" name="Valmis" sourceRef="Start_1" targetRef="End_1" />`).replace('<bpmn:process id="Process_1">', '<bpmn:process id="Process_1" name="Testipolku">'),
      reports: [
        { id: 'Process_1', message: 'Name "Testipolku"' },
        { id: 'Lane_1', message: 'Name "Testitiimi"' },
        { id: 'Flow_1', message: 'Name "Valmis"' },
      ],
    },
    {
      it: 'a configured third language (Northern Sami)',
      xml: bpmn(`<bpmn:userTask id="Task_1" name="Testitapaus">${extensions(...allTranslations())}</bpmn:userTask>`),
      config: { languages: ['sv', 'en', 'se'] },
      reports: [{ id: 'Task_1', message: 'has no translation in se;' }],
    },
    {
      it: 'long names shortened in the message',
      xml: bpmn('<bpmn:task id="Task_1" name="Testitapauksen erittäin pitkä nimi, joka jatkuu ja jatkuu" />'),
      reports: [{ id: 'Task_1', message: 'Name "Testitapauksen erittäin pitkä nimi, jok…" has' }],
    },
  ],
});
