import PolkuNamespaces from './PolkuNamespaces.js';

export default {
  __init__: ['polkuNamespaces'],
  polkuNamespaces: ['type', PolkuNamespaces],
};
