/** Text for an XML attribute. */
function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The BPMN XML of a new Polku pathway: one pool with one lane, a start event, one user task and
 * an end event, every text a placeholder that says what belongs there in Finnish, Swedish and
 * English, the catalogue metadata (`polku:audience`, `polku:tag`) and the `polku:` and `i18n:`
 * namespaces declared, laid out for the modeler. It compiles and passes the modelling rules as
 * it is. `polku new` and the modeler's "New" both start from it.
 *
 * @example
 * const xml = newPathwayXml({ processId: 'Process_Tukiperhe', title: 'Tukiperhetoiminta' });
 */
export function newPathwayXml(options: { processId?: string; title?: string; exporter?: string } = {}): string {
  const processId = options.processId ?? 'Process_NewPathway';
  const name = escapeXml(options.title ?? 'Uusi polku');
  const exporter = escapeXml(options.exporter ?? 'Polku');
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:i18n="http://www.omg.org/spec/BPMN/non-normative/extensions/i18n/1.0" xmlns:polku="urn:polku:bpmn:1.0" id="Definitions_1" targetNamespace="urn:polku:models" exporter="${exporter}" exporterVersion="0.1.0" xml:lang="fi">
  <bpmn:collaboration id="Collaboration_1">
    <bpmn:participant id="Participant_1" name="${name}" processRef="${processId}">
      <bpmn:extensionElements>
        <i18n:translation xml:lang="sv">Ny stig</i18n:translation>
        <i18n:translation xml:lang="en">New pathway</i18n:translation>
      </bpmn:extensionElements>
    </bpmn:participant>
  </bpmn:collaboration>
  <bpmn:process id="${processId}" name="${name}" isExecutable="true">
    <bpmn:documentation textFormat="text/markdown">Kirjoita tähän yhdellä tai kahdella virkkeellä, mihin polku on tarkoitettu: tämä kappale on polun tiivistelmä luettelossa.

Kerro seuraavissa kappaleissa polun lakiperusta (LSL 26 §) ja merkitse käytäntö sanalla "Käytäntösuositus:".</bpmn:documentation>
    <bpmn:extensionElements>
      <i18n:translation xml:lang="sv">Ny stig</i18n:translation>
      <i18n:translation xml:lang="en">New pathway</i18n:translation>
      <i18n:translation xml:lang="sv" target="documentation">Skriv här med en eller två meningar vad stigen är till för: detta stycke är stigens sammanfattning i katalogen.</i18n:translation>
      <i18n:translation xml:lang="en" target="documentation">Write here in one or two sentences what the pathway is for: this paragraph is its summary in the catalogue.</i18n:translation>
      <polku:audience name="Lapsen asioista vastaava sosiaalityöntekijä">
        <i18n:translation xml:lang="sv">Socialarbetare som ansvarar för barnets angelägenheter</i18n:translation>
        <i18n:translation xml:lang="en">Social worker responsible for the child's affairs</i18n:translation>
      </polku:audience>
      <polku:tag name="Lastensuojelu">
        <i18n:translation xml:lang="sv">Barnskydd</i18n:translation>
        <i18n:translation xml:lang="en">Child welfare</i18n:translation>
      </polku:tag>
    </bpmn:extensionElements>
    <bpmn:laneSet id="LaneSet_1">
      <bpmn:lane id="Lane_SocialWorker" name="Lapsen asioista vastaava sosiaalityöntekijä">
        <bpmn:extensionElements>
          <i18n:translation xml:lang="sv">Socialarbetare som ansvarar för barnets angelägenheter</i18n:translation>
          <i18n:translation xml:lang="en">Social worker responsible for the child's affairs</i18n:translation>
        </bpmn:extensionElements>
        <bpmn:flowNodeRef>StartEvent_Start</bpmn:flowNodeRef>
        <bpmn:flowNodeRef>Task_FirstStep</bpmn:flowNodeRef>
        <bpmn:flowNodeRef>End_Done</bpmn:flowNodeRef>
      </bpmn:lane>
    </bpmn:laneSet>
    <bpmn:startEvent id="StartEvent_Start" name="Polku alkaa">
      <bpmn:documentation textFormat="text/markdown">Kerro, mikä tilanne käynnistää polun.</bpmn:documentation>
      <bpmn:extensionElements>
        <i18n:translation xml:lang="sv">Stigen börjar</i18n:translation>
        <i18n:translation xml:lang="en">The pathway starts</i18n:translation>
        <i18n:translation xml:lang="sv" target="documentation">Beskriv vilken situation som startar stigen.</i18n:translation>
        <i18n:translation xml:lang="en" target="documentation">Say which situation starts the pathway.</i18n:translation>
      </bpmn:extensionElements>
      <bpmn:outgoing>Flow_ToFirst</bpmn:outgoing>
    </bpmn:startEvent>
    <bpmn:userTask id="Task_FirstStep" name="Ensimmäinen vaihe">
      <bpmn:documentation textFormat="text/markdown">Kerro, mitä työntekijä tekee tässä vaiheessa, kuka sen tekee ja mitä kirjataan.</bpmn:documentation>
      <bpmn:extensionElements>
        <i18n:translation xml:lang="sv">Första steget</i18n:translation>
        <i18n:translation xml:lang="en">First step</i18n:translation>
        <i18n:translation xml:lang="sv" target="documentation">Beskriv vad arbetstagaren gör i detta skede, vem som gör det och vad som antecknas.</i18n:translation>
        <i18n:translation xml:lang="en" target="documentation">Say what the worker does at this stage, who does it and what is recorded.</i18n:translation>
      </bpmn:extensionElements>
      <bpmn:incoming>Flow_ToFirst</bpmn:incoming>
      <bpmn:outgoing>Flow_ToEnd</bpmn:outgoing>
    </bpmn:userTask>
    <bpmn:endEvent id="End_Done" name="Polku päättyy">
      <bpmn:documentation textFormat="text/markdown">Kerro, mitä polun lopussa on valmiina.</bpmn:documentation>
      <bpmn:extensionElements>
        <i18n:translation xml:lang="sv">Stigen slutar</i18n:translation>
        <i18n:translation xml:lang="en">The pathway ends</i18n:translation>
        <i18n:translation xml:lang="sv" target="documentation">Beskriv vad som är klart när stigen slutar.</i18n:translation>
        <i18n:translation xml:lang="en" target="documentation">Say what is done when the pathway ends.</i18n:translation>
      </bpmn:extensionElements>
      <bpmn:incoming>Flow_ToEnd</bpmn:incoming>
    </bpmn:endEvent>
    <bpmn:sequenceFlow id="Flow_ToFirst" sourceRef="StartEvent_Start" targetRef="Task_FirstStep" />
    <bpmn:sequenceFlow id="Flow_ToEnd" sourceRef="Task_FirstStep" targetRef="End_Done" />
  </bpmn:process>
  <bpmndi:BPMNDiagram id="BPMNDiagram_1">
    <bpmndi:BPMNPlane id="BPMNPlane_1" bpmnElement="Collaboration_1">
      <bpmndi:BPMNShape id="Participant_1_di" bpmnElement="Participant_1" isHorizontal="true">
        <dc:Bounds x="160" y="80" width="600" height="200" />
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Lane_SocialWorker_di" bpmnElement="Lane_SocialWorker" isHorizontal="true">
        <dc:Bounds x="190" y="80" width="570" height="200" />
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="StartEvent_Start_di" bpmnElement="StartEvent_Start">
        <dc:Bounds x="242" y="162" width="36" height="36" />
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Task_FirstStep_di" bpmnElement="Task_FirstStep">
        <dc:Bounds x="350" y="140" width="140" height="80" />
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="End_Done_di" bpmnElement="End_Done">
        <dc:Bounds x="582" y="162" width="36" height="36" />
      </bpmndi:BPMNShape>
      <bpmndi:BPMNEdge id="Flow_ToFirst_di" bpmnElement="Flow_ToFirst">
        <di:waypoint x="278" y="180" />
        <di:waypoint x="350" y="180" />
      </bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="Flow_ToEnd_di" bpmnElement="Flow_ToEnd">
        <di:waypoint x="490" y="180" />
        <di:waypoint x="582" y="180" />
      </bpmndi:BPMNEdge>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>
`;
}
