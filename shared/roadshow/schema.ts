import { z } from 'zod';
import { contentIdSchema, recordIdSchema, timestampSchema } from '../ids';
import { requiredText } from '../text';

/**
 * A session's place in a roadshow (the same workshop run at several campuses). Stored per session,
 * keyed by the session's id, so a session belongs to at most one roadshow by construction, and the
 * grouping travels with the session through the cascade and merges. Campus, date and facilitators
 * are not copied here: they come from each session.
 */
export const roadshowMemberSchema = z.object({
  sessionId: recordIdSchema,
  roadshowId: recordIdSchema,
  /** The roadshow's name, the same on every member (renaming updates them all). */
  roadshowName: requiredText('Roadshow name', 120),
  /** The template every session of the roadshow was made from. */
  templateId: contentIdSchema,
  joinedAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type RoadshowMember = z.infer<typeof roadshowMemberSchema>;

/** A roadshow as the app shows it: its name and the sessions in it. */
export interface Roadshow {
  id: string;
  name: string;
  templateId: string;
  sessionIds: string[];
}
