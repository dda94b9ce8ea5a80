import LanguageModule from '../language/index.js';
import PolkuEditingModule from '../polku-editing/index.js';
import PolkuPropertiesProvider from './PolkuPropertiesProvider.js';

export default {
  __depends__: [LanguageModule, PolkuEditingModule],
  __init__: ['polkuPropertiesProvider'],
  polkuPropertiesProvider: ['type', PolkuPropertiesProvider],
};
