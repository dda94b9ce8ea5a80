/**
 * The model "New" starts from: one pool with one lane, a start event, one user task and an
 * end event, in Finnish with Swedish and English names and guidance, and the `polku:` and
 * `i18n:` namespaces declared, so it lints clean and compiles as it is. No DOM.
 */

/** The BPMN XML of a new Polku pathway. */
export function newPathwayXml(): string {
  return TEMPLATE;
}

const TEMPLATE = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:i18n="http://www.omg.org/spec/BPMN/non-normative/extensions/i18n/1.0" xmlns:polku="urn:polku:bpmn:1.0" id="Definitions_NewPathway" targetNamespace="urn:polku:models" exporter="Polku modeler" exporterVersion="0.1.0" xml:lang="fi">
  <bpmn:collaboration id="Collaboration_NewPathway">
    <bpmn:participant id="Participant_NewPathway" name="Uusi polku" processRef="Process_NewPathway">
      <bpmn:extensionElements>
        <i18n:translation xml:lang="sv">Ny stig</i18n:translation>
        <i18n:translation xml:lang="en">New pathway</i18n:translation>
      </bpmn:extensionElements>
    </bpmn:participant>
  </bpmn:collaboration>
  <bpmn:process id="Process_NewPathway" name="Uusi polku" isExecutable="true">
    <bpmn:documentation textFormat="text/markdown">Kerro lyhyesti, mihin tilanteeseen polku on tarkoitettu ja kuka sitä käyttää.</bpmn:documentation>
    <bpmn:extensionElements>
      <i18n:translation xml:lang="sv">Ny stig</i18n:translation>
      <i18n:translation xml:lang="en">New pathway</i18n:translation>
      <i18n:translation xml:lang="sv" target="documentation">Berätta kort vilken situation stigen är avsedd för och vem som använder den.</i18n:translation>
      <i18n:translation xml:lang="en" target="documentation">Say briefly which situation the pathway is for and who uses it.</i18n:translation>
    </bpmn:extensionElements>
    <bpmn:laneSet id="LaneSet_NewPathway">
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
    <bpmn:startEvent id="StartEvent_Start" name="Tilanne käynnistää polun">
      <bpmn:extensionElements>
        <i18n:translation xml:lang="sv">En situation startar stigen</i18n:translation>
        <i18n:translation xml:lang="en">A situation starts the pathway</i18n:translation>
      </bpmn:extensionElements>
      <bpmn:outgoing>Flow_Start</bpmn:outgoing>
    </bpmn:startEvent>
    <bpmn:userTask id="Task_FirstStep" name="Ensimmäinen vaihe">
      <bpmn:documentation textFormat="text/markdown">Kuvaa, mitä työntekijä tekee tässä vaiheessa. Lisää lainkohdat ja määräajat ominaisuuksiin.</bpmn:documentation>
      <bpmn:extensionElements>
        <i18n:translation xml:lang="sv">Första steget</i18n:translation>
        <i18n:translation xml:lang="en">First step</i18n:translation>
        <i18n:translation xml:lang="sv" target="documentation">Beskriv vad socialarbetaren gör i det här skedet. Lägg till lagrum och tidsfrister bland egenskaperna.</i18n:translation>
        <i18n:translation xml:lang="en" target="documentation">Describe what the worker does at this step. Add the sections of law and the deadlines in the properties.</i18n:translation>
      </bpmn:extensionElements>
      <bpmn:incoming>Flow_Start</bpmn:incoming>
      <bpmn:outgoing>Flow_Done</bpmn:outgoing>
    </bpmn:userTask>
    <bpmn:endEvent id="End_Done" name="Polku päättyi">
      <bpmn:extensionElements>
        <i18n:translation xml:lang="sv">Stigen avslutades</i18n:translation>
        <i18n:translation xml:lang="en">The pathway ended</i18n:translation>
      </bpmn:extensionElements>
      <bpmn:incoming>Flow_Done</bpmn:incoming>
    </bpmn:endEvent>
    <bpmn:sequenceFlow id="Flow_Start" sourceRef="StartEvent_Start" targetRef="Task_FirstStep" />
    <bpmn:sequenceFlow id="Flow_Done" sourceRef="Task_FirstStep" targetRef="End_Done" />
  </bpmn:process>
  <bpmndi:BPMNDiagram id="BPMNDiagram_NewPathway">
    <bpmndi:BPMNPlane id="BPMNPlane_NewPathway" bpmnElement="Collaboration_NewPathway">
      <bpmndi:BPMNShape id="Participant_NewPathway_di" bpmnElement="Participant_NewPathway" isHorizontal="true">
        <dc:Bounds x="160" y="80" width="600" height="200" />
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Lane_SocialWorker_di" bpmnElement="Lane_SocialWorker" isHorizontal="true">
        <dc:Bounds x="190" y="80" width="570" height="200" />
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="StartEvent_Start_di" bpmnElement="StartEvent_Start">
        <dc:Bounds x="262" y="162" width="36" height="36" />
        <bpmndi:BPMNLabel>
          <dc:Bounds x="236" y="205" width="89" height="27" />
        </bpmndi:BPMNLabel>
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Task_FirstStep_di" bpmnElement="Task_FirstStep">
        <dc:Bounds x="380" y="140" width="100" height="80" />
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="End_Done_di" bpmnElement="End_Done">
        <dc:Bounds x="562" y="162" width="36" height="36" />
        <bpmndi:BPMNLabel>
          <dc:Bounds x="547" y="205" width="67" height="14" />
        </bpmndi:BPMNLabel>
      </bpmndi:BPMNShape>
      <bpmndi:BPMNEdge id="Flow_Start_di" bpmnElement="Flow_Start">
        <di:waypoint x="298" y="180" />
        <di:waypoint x="380" y="180" />
      </bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="Flow_Done_di" bpmnElement="Flow_Done">
        <di:waypoint x="480" y="180" />
        <di:waypoint x="562" y="180" />
      </bpmndi:BPMNEdge>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>
`;
