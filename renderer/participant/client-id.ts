/**
 * A version-4 UUID from crypto.getRandomValues. Phones reach the laptop over plain HTTP, where
 * crypto.randomUUID does not exist (it needs a secure context); getRandomValues works everywhere.
 * A UUID, so the console can use it as the record id and a resend can never make a second record.
 */
export function newClientId(random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  const bytes = random(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
