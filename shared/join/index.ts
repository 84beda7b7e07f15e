/** The contract between phones, the relay and the console (issue 14). Pure: no DOM, no Node. */
export * from './api';
export * from './client-ids';
export * from './console-channel';
export * from './device';
export * from './errors';
export * from './join-code';
export * from './limits';
export * from './rate-limit';
export * from './snapshot';
export * from './submission';
export * from './view';
