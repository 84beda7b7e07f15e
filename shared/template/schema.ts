import { z } from 'zod';
import { contentIdSchema } from '../ids';
import { optionalText, requiredText } from '../text';

const labelled = z.object({ id: contentIdSchema, label: requiredText('Label', 200) });
export type Labelled = z.infer<typeof labelled>;

export const quizStatementSchema = z.object({
  id: contentIdSchema,
  text: requiredText('Statement', 400),
  answer: z.boolean(),
  explanation: requiredText('Explanation', 1200),
  source: requiredText('Source', 400),
});
export type QuizStatement = z.infer<typeof quizStatementSchema>;

export const discussionTopicSchema = z.object({
  id: contentIdSchema,
  title: requiredText('Topic', 200),
  prompt: optionalText('Topic prompt', 600).default(''),
});
export type DiscussionTopic = z.infer<typeof discussionTopicSchema>;

export const strengthSchema = z.object({
  id: contentIdSchema,
  /** 0 means "none yet"; it is left out of mean strength. */
  level: z.number().int().min(0).max(9),
  label: requiredText('Strength label', 80),
  /** What the level means, shown as a key on the console and the worksheet. Optional (no default) so older sessions stay valid. */
  definition: optionalText('Strength definition', 400).optional(),
  /** One example entry at this level. */
  example: optionalText('Strength example', 400).optional(),
});
export type Strength = z.infer<typeof strengthSchema>;

const phaseBase = {
  id: contentIdSchema,
  title: requiredText('Phase title', 120),
  minutes: z.number().int().min(0, { message: 'minutes cannot be negative' }).max(240, { message: 'minutes must be at most 240' }),
  /** Shown on the projector. */
  audiencePrompt: optionalText('Audience prompt', 1000),
  /** Console only, never projected. */
  facilitatorNotes: optionalText('Facilitator notes', 4000),
};

export const introPhaseSchema = z.object({
  ...phaseBase,
  kind: z.literal('intro'),
  points: z.array(requiredText('Point', 600)).default([]),
});

export const quizPhaseSchema = z
  .object({
    ...phaseBase,
    kind: z.literal('quiz'),
    statements: z.array(quizStatementSchema).min(1, { message: 'a quiz needs at least one statement' }),
    /** Which statements this session uses, in order. */
    selectedStatementIds: z.array(contentIdSchema),
  })
  .superRefine((phase, ctx) => {
    const ids = new Set(phase.statements.map((s) => s.id));
    phase.selectedStatementIds.forEach((id, index) => {
      if (!ids.has(id)) {
        ctx.addIssue({ code: 'custom', path: ['selectedStatementIds', index], message: `unknown statement id "${id}"` });
      }
    });
  });

export const discussionPhaseSchema = z.object({
  ...phaseBase,
  kind: z.literal('discussion'),
  topics: z.array(discussionTopicSchema).default([]),
  /** Project the session's case study about the host institution during this phase. */
  showCaseStudy: z.boolean().default(false),
  /** Questions that structure the case study (campuses, course lengths, cohort): console, setup and worksheet. */
  scaffoldPrompts: z.array(requiredText('Scaffold prompt', 400)).optional(),
  /** Facilitator-only ground rules for the discussion (console); never projected. */
  groundRules: z.array(requiredText('Ground rule', 400)).optional(),
  /** Suggest that each table takes one topic rather than all of them. */
  oneTopicPerTable: z.boolean().optional(),
});

export const mappingPhaseSchema = z
  .object({
    ...phaseBase,
    kind: z.literal('mapping'),
    columns: z.array(labelled).min(1, { message: 'a map needs at least one column' }),
    rows: z.array(labelled).min(1, { message: 'a map needs at least one row' }),
    strengths: z.array(strengthSchema).min(2, { message: 'a map needs at least two strength labels' }),
    /** A cell is a gap when no entry in it reaches this level. */
    gapBelowLevel: z.number().int().min(1).max(9),
    frequencies: z.array(labelled).min(1),
    /** Label for "which union role or group takes part" (other templates use other words). */
    partnerLabel: requiredText('Partner label', 80),
    /** For small or private providers, where the suggestions assume a large chartered union. Not projected. */
    smallProviderNote: optionalText('Small provider note', 1000).optional(),
    suggestions: z.array(z.object({ id: contentIdSchema, columnId: contentIdSchema, label: requiredText('Suggestion', 200) })),
  })
  .superRefine((phase, ctx) => {
    const columns = new Set(phase.columns.map((c) => c.id));
    phase.suggestions.forEach((s, index) => {
      if (!columns.has(s.columnId)) {
        ctx.addIssue({ code: 'custom', path: ['suggestions', index, 'columnId'], message: `unknown column id "${s.columnId}"` });
      }
    });
  });

export const channelsPhaseSchema = z.object({
  ...phaseBase,
  kind: z.literal('channels'),
  suggestions: z.array(labelled),
});

/** Field keys are fixed; their labels are template data ("union partner", "lifecycle stage", ...). */
export const actionFieldKeys = [
  'what',
  'why',
  'owner',
  'partner',
  'firstStep',
  'byWhen',
  'stage',
  'success',
  'priority',
  'livedExperience',
] as const;
export type ActionFieldKey = (typeof actionFieldKeys)[number];

export const actionPlanPhaseSchema = z.object({
  ...phaseBase,
  kind: z.literal('action-plan'),
  fieldLabels: z.object(
    Object.fromEntries(actionFieldKeys.map((key) => [key, requiredText(`Label for ${key}`, 80)])) as Record<
      ActionFieldKey,
      ReturnType<typeof requiredText>
    >,
  ),
  priorities: z.array(labelled).min(1),
  /** A worked SMART action shown as a model on the console and worksheet; never saved as anyone's action. */
  workedExample: z
    .object(
      Object.fromEntries(actionFieldKeys.map((key) => [key, optionalText(`Worked example ${key}`, 400).optional()])) as Record<
        ActionFieldKey,
        z.ZodOptional<ReturnType<typeof optionalText>>
      >,
    )
    .optional(),
});

export const closePhaseSchema = z.object({
  ...phaseBase,
  kind: z.literal('close'),
  points: z.array(requiredText('Point', 600)).default([]),
});

export const phaseSchema = z.discriminatedUnion('kind', [
  introPhaseSchema,
  quizPhaseSchema,
  discussionPhaseSchema,
  mappingPhaseSchema,
  channelsPhaseSchema,
  actionPlanPhaseSchema,
  closePhaseSchema,
]);
export type Phase = z.infer<typeof phaseSchema>;
export type PhaseKind = Phase['kind'];
export type QuizPhase = z.infer<typeof quizPhaseSchema>;
export type DiscussionPhase = z.infer<typeof discussionPhaseSchema>;
export type MappingPhase = z.infer<typeof mappingPhaseSchema>;
export type ChannelsPhase = z.infer<typeof channelsPhaseSchema>;
export type ActionPlanPhase = z.infer<typeof actionPlanPhaseSchema>;
export type IntroPhase = z.infer<typeof introPhaseSchema>;
export type ClosePhase = z.infer<typeof closePhaseSchema>;

export const readingItemSchema = z.object({ id: contentIdSchema, citation: requiredText('Citation', 600), note: optionalText('Note', 600).default('') });

export const templateSchema = z
  .object({
    id: contentIdSchema,
    /** Content revision of the template; a session keeps the snapshot it was created from. */
    revision: z.number().int().min(1),
    title: requiredText('Template title', 160),
    description: requiredText('Template description', 2000),
    durationMinutes: z.number().int().min(1).max(600),
    phases: z.array(phaseSchema).min(1, { message: 'a template needs at least one phase' }),
    readingList: z.array(readingItemSchema).default([]),
  })
  .superRefine((template, ctx) => {
    const seen = new Set<string>();
    template.phases.forEach((phase, index) => {
      if (seen.has(phase.id)) ctx.addIssue({ code: 'custom', path: ['phases', index, 'id'], message: `duplicate phase id "${phase.id}"` });
      seen.add(phase.id);
    });
  });
export type Template = z.infer<typeof templateSchema>;
export type TemplateInput = z.input<typeof templateSchema>;
