import InputDebounce from './InputDebounce.js';
import PolkuEditing from './PolkuEditing.js';

// `debounceInput` replaces the properties panel's own (the module loads after it), so every
// panel input, Polku's and BPMN's, can be flushed before a save.
function debounceInput(inputDebounce: InputDebounce): InputDebounce['debounce'] {
  return inputDebounce.debounce;
}
debounceInput.$inject = ['inputDebounce'];

export default {
  __init__: ['polkuEditing'],
  polkuEditing: ['type', PolkuEditing],
  inputDebounce: ['type', InputDebounce],
  debounceInput: ['factory', debounceInput],
};
