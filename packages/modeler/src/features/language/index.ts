import PolkuLanguage from './PolkuLanguage.js';

export default {
  __init__: ['polkuLanguage'],
  polkuLanguage: ['type', PolkuLanguage],
};
