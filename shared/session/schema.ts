import { z } from 'zod';
import { recordIdSchema, timestampSchema } from '../ids';
import { templateSchema } from '../template/schema';
import { optionalText, requiredText } from '../text';

export const sessionStatusSchema = z.enum(['draft', 'running', 'finished']);
export type SessionStatus = z.infer<typeof sessionStatusSchema>;

/** Who owns a map and a plan in this session. */
export const unitModeSchema = z.enum(['individual', 'groups', 'tables']);
export type UnitMode = z.infer<typeof unitModeSchema>;

export const quizModeSchema = z.enum(['tally', 'per-delegate']);
export type QuizMode = z.infer<typeof quizModeSchema>;

export const dateSchema = z.union([
  z.literal(''),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'use a date like 2026-11-23' }),
]);
export const timeSchema = z.union([
  z.literal(''),
  z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'use a time like 10:10' }),
]);

/** Fields the facilitator edits in setup; each is validated on its own before it is saved. */
export const sessionSetupFields = {
  title: requiredText('Title', 160),
  campus: optionalText('Campus', 120),
  venue: optionalText('Venue', 160),
  date: dateSchema,
  startTime: timeSchema,
  facilitators: z.array(requiredText('Facilitator name', 120)).max(20, { message: 'at most 20 facilitators' }),
  caseStudy: optionalText('Case study', 6000),
  unitMode: unitModeSchema,
  quizMode: quizModeSchema,
  quizRepeatAtClose: z.boolean(),
};

export const sessionSchema = z.object({
  id: recordIdSchema,
  ...sessionSetupFields,
  /** The session's own copy of the template, including agenda edits made before the run. */
  template: templateSchema,
  status: sessionStatusSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Session = z.infer<typeof sessionSchema>;
export type SessionSetup = Pick<Session, keyof typeof sessionSetupFields>;

export const delegateFields = {
  name: requiredText('Name', 120),
  role: optionalText('Role', 120),
  institution: optionalText('Institution or department', 160),
  email: z.union([z.literal(''), z.email({ message: 'Email is not a valid address' }).max(254)]),
};
export const delegateInputSchema = z.object(delegateFields);
export type DelegateInput = z.infer<typeof delegateInputSchema>;

export const delegateSchema = z.object({
  id: recordIdSchema,
  sessionId: recordIdSchema,
  ...delegateFields,
  /** The unit this delegate belongs to; null when not assigned yet. */
  unitId: recordIdSchema.nullable(),
  /** Added after the session started. */
  walkIn: z.boolean(),
  order: z.number().int().nonnegative(),
  createdAt: timestampSchema,
  /** Last change, for merging copies of a session (newer wins). */
  updatedAt: timestampSchema,
});
export type Delegate = z.infer<typeof delegateSchema>;

export const unitKindSchema = z.enum(['delegate', 'group', 'table']);
export const unitSchema = z.object({
  id: recordIdSchema,
  sessionId: recordIdSchema,
  kind: unitKindSchema,
  name: requiredText('Unit name', 120),
  order: z.number().int().nonnegative(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Unit = z.infer<typeof unitSchema>;
export type UnitKind = z.infer<typeof unitKindSchema>;
