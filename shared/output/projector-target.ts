/**
 * What the projector window shows: a session's audience view, or a roadshow's comparison for a
 * network meeting (no names, emails or notes on either). The renderer, the web host and Electron's
 * projector window build its route here, so each is written in one form.
 */
export type ProjectorTarget = { sessionId: string } | { roadshowId: string };

/** The hash route of the audience view, e.g. "/projector/<session>" or "/roadshow-projector/<roadshow>". */
export function projectorRoute(target: ProjectorTarget): string {
  return 'sessionId' in target ? `/projector/${target.sessionId}` : `/roadshow-projector/${target.roadshowId}`;
}

/** A session id alone means that session's audience view. */
export const asProjectorTarget = (target: string | ProjectorTarget): ProjectorTarget => (typeof target === 'string' ? { sessionId: target } : target);
