/// <reference path="../../types/vendor.d.ts" />
import LintingModule from 'bpmn-js-bpmnlint';
import PolkuLinting from './PolkuLinting.js';

export default {
  __depends__: [LintingModule],
  __init__: ['polkuLinting'],
  polkuLinting: ['type', PolkuLinting],
};
