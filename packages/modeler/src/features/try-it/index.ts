import TryIt from './TryIt.js';

export default {
  tryIt: ['type', TryIt],
};
