import { z } from 'zod';
import { printDocumentPathSchema } from '../output/print-document-path';
import { deviceIdSchema, deviceSummarySchema } from './device';
import { JOIN_LIMITS } from './limits';
import { consoleSnapshotSchema } from './snapshot';
import { clientIdSchema, submissionSchema } from './submission';

/**
 * Between the console (renderer) and the relay, through the Host bridge in both modes: Electron IPC,
 * or the web server's loopback-only console endpoints. Commands go console → relay; events come back.
 */

/** A network interface the relay can listen on (IPv4; phones on a hotspot use it). */
export const joinInterfaceSchema = z.object({
  /** The OS's name, e.g. "Wi-Fi", "en0", "wlan0". */
  name: z.string().max(200),
  address: z.string().max(64),
  /** Loopback: only this laptop can reach it (tests, trying it out). */
  internal: z.boolean(),
});
export type JoinInterface = z.infer<typeof joinInterfaceSchema>;

/** Port 0 lets the system pick a free port; the status reports the one in use. */
export const relayStartSchema = z.object({
  address: z.string().min(1).max(64),
  port: z.number().int().min(0).max(65535),
});
export type RelayStart = z.infer<typeof relayStartSchema>;

export const relayStatusSchema = z.discriminatedUnion('running', [
  z.object({ running: z.literal(false) }),
  z.object({
    running: z.literal(true),
    address: z.string(),
    port: z.number().int(),
    code: z.string(),
    /** `http://<address>:<port>/j/<CODE>`, for the QR code and the projector. */
    url: z.string(),
    startedAt: z.number().int(),
    /** The console has published at least one snapshot: phones can join. */
    published: z.boolean(),
  }),
]);
export type RelayStatus = z.infer<typeof relayStatusSchema>;

/** The console's answer to one submission after trying to store it. */
export const ackResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('stored'), recordId: z.string().max(80).optional() }),
  /** Not stored: a sentence for the phone and per-field messages from the same validators as keyboard entry. */
  z.object({ status: z.literal('rejected'), message: z.string().max(1000), fields: z.record(z.string().max(80), z.string().max(500)).optional() }),
]);
export type AckResult = z.infer<typeof ackResultSchema>;
export const relayAckSchema = z.object({ deviceId: deviceIdSchema, clientId: clientIdSchema, result: ackResultSchema });
export type RelayAck = z.infer<typeof relayAckSchema>;

/** The laptop's answer to a phone's "Download my PDF". */
export const pdfReplySchema = z.discriminatedUnion('kind', [
  /** Electron: the host prints this print route to PDF itself and sends the file to the phone. */
  z.object({ kind: z.literal('route'), route: printDocumentPathSchema, fileName: z.string().max(200) }),
  /** Web mode: the same document as a self-contained page the phone can save or print. */
  z.object({ kind: z.literal('html'), html: z.string().max(JOIN_LIMITS.maxPdfBytes), fileName: z.string().max(200) }),
  z.object({ kind: z.literal('error'), message: z.string().max(1000) }),
]);
export type PdfReply = z.infer<typeof pdfReplySchema>;
export const relayPdfReplySchema = z.object({ requestId: z.string().max(80), reply: pdfReplySchema });
export type RelayPdfReply = z.infer<typeof relayPdfReplySchema>;

export const relayEventSchema = z.discriminatedUnion('type', [
  /** A phone's submission, held by the relay until the console acks it (`relayAckSchema`). */
  z.object({
    type: z.literal('submission'),
    deviceId: deviceIdSchema,
    clientId: clientIdSchema,
    submission: submissionSchema,
    /** Who the device joined as, so the console knows the delegate and unit without asking. */
    device: deviceSummarySchema,
  }),
  z.object({ type: z.literal('devices'), devices: z.array(deviceSummarySchema) }),
  z.object({ type: z.literal('pdf-request'), requestId: z.string().max(80), deviceId: deviceIdSchema, delegateId: z.string().max(80) }),
  z.object({ type: z.literal('status'), status: relayStatusSchema }),
]);
export type RelayEvent = z.infer<typeof relayEventSchema>;

/** Console commands, by name → argument schema (web mode posts these to the console endpoint). */
export const relayCommandSchemas = {
  start: relayStartSchema,
  stop: z.object({}),
  rotateCode: z.object({}),
  publish: consoleSnapshotSchema,
  ack: relayAckSchema,
  removeDevice: z.object({ deviceId: deviceIdSchema }),
  pdfReply: relayPdfReplySchema,
} as const;
export type RelayCommandName = keyof typeof relayCommandSchemas;
