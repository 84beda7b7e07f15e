import { templateSchema, type Template } from '../template/schema';

/** A fixed clock start for run tests (ms since the epoch), and minutes in ms. */
export const T0 = 1_800_000_000_000;
export const min = (n: number) => n * 60_000;
export const SESSION_ID = '6f1c1d4e-2b8a-4c39-9a57-0d7a3e5b2c11';
/** A valid record id numbered n, so tests can tell records apart at a glance. */
export const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** What every hand-built test template shares besides its phases and length. */
export const TEST_TEMPLATE_HEADER = { id: 'wp-workshop', revision: 1, title: 'WP workshop', description: 'Test template' } as const;

/** A 35-minute agenda of four plain phases; the warm-up discussion's id is the caller's. */
export function fourPhaseTemplate(warmUpId: string): Template {
  return templateSchema.parse({
    ...TEST_TEMPLATE_HEADER,
    durationMinutes: 35,
    phases: [
      { id: 'intro', kind: 'intro', title: 'Welcome', minutes: 5, audiencePrompt: '', facilitatorNotes: '' },
      { id: warmUpId, kind: 'discussion', title: 'Warm-up', minutes: 10, audiencePrompt: '', facilitatorNotes: '' },
      { id: 'discuss', kind: 'discussion', title: 'Discussion', minutes: 15, audiencePrompt: '', facilitatorNotes: '' },
      { id: 'close', kind: 'close', title: 'Close', minutes: 5, audiencePrompt: '', facilitatorNotes: '' },
    ],
  });
}

/** Who, where and when of the Northtown test session (its template, modes and status are each test's). */
export const NORTHTOWN_SETUP = {
  id: SESSION_ID,
  title: 'Workshop at Northtown',
  campus: 'Main',
  venue: 'Room 1',
  date: '2026-11-23',
  startTime: '10:10',
  facilitators: ['Fiona Facilitator'],
  caseStudy: 'Northtown SU runs a mentoring scheme.',
} as const;
