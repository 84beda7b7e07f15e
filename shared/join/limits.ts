/**
 * The relay's limits, in one place so the phone, the console and the relay agree on them.
 * Sizes are in bytes of the request body as sent (UTF-8).
 */
export const JOIN_LIMITS = {
  /** Largest phone request body; the longest action (all fields at their maximum) fits with room to spare. */
  maxBodyBytes: 16 * 1024,
  /** Submissions per device in one window; a phone emptying its offline queue stays well under it. */
  submitsPerWindow: 30,
  /** Any requests (view, roster, pdf, submit) per device in one window. */
  requestsPerWindow: 120,
  rateWindowMs: 10_000,
  /**
   * Wrong join codes per network address in one window; past it, that address is refused until the
   * window moves on, so a code cannot be guessed by trying them all. Right codes do not count: a
   * room of phones behind one router still joins.
   */
  joinsPerWindow: 20,
  joinWindowMs: 60_000,
  /** A device token lasts a working day; stopping the relay (session finished) ends all tokens at once. */
  tokenTtlMs: 12 * 60 * 60 * 1000,
  /** How long a submit waits for the console's acknowledgement before the phone is told to retry. */
  ackTimeoutMs: 20_000,
  /** How long a PDF request waits for the laptop to make the document. */
  pdfTimeoutMs: 120_000,
  /** Largest document the console may hand back for one phone. */
  maxPdfBytes: 32 * 1024 * 1024,
  maxDevices: 400,
  /** Client ids remembered per device, newest kept: far more than a workshop's worth of submissions. */
  rememberedClientIdsPerDevice: 2000,
} as const;

/** The phone API lives under this path; the participant app itself is served at `/j/<CODE>`. */
export const JOIN_API_PREFIX = '/join/api';
export const JOIN_PAGE_PREFIX = '/j/';
export const JOIN_PATHS = {
  join: `${JOIN_API_PREFIX}/join`,
  roster: `${JOIN_API_PREFIX}/roster`,
  view: `${JOIN_API_PREFIX}/view`,
  events: `${JOIN_API_PREFIX}/events`,
  submit: `${JOIN_API_PREFIX}/submit`,
  pdf: `${JOIN_API_PREFIX}/pdf`,
} as const;
