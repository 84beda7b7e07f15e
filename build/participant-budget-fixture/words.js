export const words = ['a', 'participant', 'budget', 'fixture'];
