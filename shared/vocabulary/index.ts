/**
 * One vocabulary for the screen, the printed documents and the CSV files: every word, label and
 * number format that more than one of them shows is decided here, once.
 */
export * from './action-labels';
export * from './action-links';
export * from './answers';
export * from './cell-keys';
export * from './durations';
export * from './gaps';
export * from './heat-bands';
export * from './lived-experience';
export * from './numbers';
export * from './shares';
export * from './shorten';
export * from './unit-kinds';
export * from './roadshow';
