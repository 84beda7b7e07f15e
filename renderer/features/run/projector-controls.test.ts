import { describe, expect, it } from 'vitest';
import { describeProjector } from './ProjectorControls';

describe('describeProjector', () => {
  it('warns that the room sees the console when Electron reports one display', () => {
    const m = describeProjector('electron', { open: true, displays: 1, external: false });
    expect(m.warn).toBe(true);
    expect(m.text).toMatch(/room sees this console/);
  });
  it('is quiet when the projector is full screen on a second display', () => {
    expect(describeProjector('electron', { open: true, displays: 2, external: true })).toEqual({ text: 'The projector view is full screen on the second display.', warn: false });
  });
  it('explains a blocked pop-up in web mode', () => {
    expect(describeProjector('web', { open: false, displays: null, external: false, blocked: true }).text).toMatch(/Allow pop-ups/);
    expect(describeProjector('web', { open: true, displays: null, external: false }).warn).toBe(false);
  });
});
