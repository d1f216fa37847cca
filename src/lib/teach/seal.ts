import { concatBytes } from './bytes';
import { compressPoint, decompressPoint } from './p256';
import { importPublicKey } from './teacherKeys';

/*
 * Sealing a learner's result to the teacher (ECIES-style, all WebCrypto):
 *   1. a fresh ephemeral ECDH P-256 key pair for this one result;
 *   2. ECDH between it and the teacher's public key gives a shared secret;
 *   3. HKDF-SHA-256 (salt: a format label; info: the ephemeral public key and the assignment id) stretches the
 *      secret into 44 bytes: a 32-byte AES-256-GCM key and its 12-byte IV. Deriving the IV is safe because
 *      each key seals exactly one message (a fresh ephemeral key every time), and it keeps 12 bytes out of
 *      every code;
 *   4. AES-256-GCM encrypts, with the version byte, the ephemeral key and the assignment id as additional
 *      authenticated data, so a code opens only for its assignment and its teacher.
 * Sealed bytes: version (1 byte) ‖ ephemeral public key (33 bytes, compressed) ‖ ciphertext ‖ GCM tag (16 bytes).
 * GCM's tag fails alike for a wrong key, a wrong assignment and a damaged code, so opening says which of those
 * it can tell apart (a version from the future, a code too short, a key that is no point) and no more.
 */

/** The seal format version, the first byte of sealed bytes. */
export const SEAL_VERSION = 1;
/** Bytes sealing adds to a result: version, ephemeral key and GCM tag. */
export const SEAL_OVERHEAD = 1 + 33 + 16;

const LABEL = new TextEncoder().encode('digital-ecosystems result seal v1');
const ECDH = { name: 'ECDH', namedCurve: 'P-256' } as const;

/** Why a sealed result did not open. */
export type OpenFailureReason = 'truncated' | 'unknown-version' | 'newer-version' | 'damaged' | 'not-opened';

export interface OpenFailure {
  ok: false;
  reason: OpenFailureReason;
  /** What went wrong and what to do, for the teacher. */
  message: string;
}

const OPEN_MESSAGES: Record<OpenFailureReason, string> = {
  truncated: 'This code is too short: part of it is missing. Ask the learner to copy the whole code again.',
  'unknown-version': 'This is not a result code this site makes. Check that the whole code was copied.',
  'newer-version': 'This code was made by a newer version of the site. Reload the page to get the newest version, then try again.',
  damaged: 'This code is damaged: a character was changed or lost. Ask the learner to copy the code again.',
  'not-opened':
    'This code does not open with this assignment and key: it was made for another assignment, or sealed to another teacher key, or a character was changed. Check that you chose the right assignment and key file; otherwise ask the learner to copy the code again.',
};

const openFailure = (reason: OpenFailureReason): OpenFailure => ({ ok: false, reason, message: OPEN_MESSAGES[reason] });

/** The AES-GCM key and IV for one result, from the ECDH secret, bound to the ephemeral key and the assignment. */
async function resultKey(sharedSecret: ArrayBuffer, ephemeralKey: Uint8Array, assignmentId: string) {
  const secret = await crypto.subtle.importKey('raw', sharedSecret, 'HKDF', false, ['deriveBits']);
  const info = concatBytes(ephemeralKey, new TextEncoder().encode(assignmentId));
  const okm = new Uint8Array(await crypto.subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt: LABEL, info }, secret, (32 + 12) * 8));
  const key = await crypto.subtle.importKey('raw', okm.slice(0, 32), 'AES-GCM', false, ['encrypt', 'decrypt']);
  return { key, iv: okm.slice(32) };
}

/** What GCM authenticates besides the ciphertext: the header and the assignment id. */
const additionalData = (header: Uint8Array, assignmentId: string) => concatBytes(header, new TextEncoder().encode(assignmentId));

/**
 * Seals `bytes` to the teacher's 33-byte public key for one assignment (a fresh ephemeral key each time, so
 * sealing the same bytes twice gives different codes). Throws only when the teacher key itself is invalid —
 * a programming error, since the link decoder checks it first.
 */
export async function sealResult(bytes: Uint8Array, teacherPublicKey: Uint8Array, assignmentId: string): Promise<Uint8Array<ArrayBuffer>> {
  const teacher = await importPublicKey(teacherPublicKey);
  if (!teacher.ok) throw new Error(teacher.message);
  const ephemeral = await crypto.subtle.generateKey(ECDH, true, ['deriveBits']);
  const ephemeralKey = compressPoint(new Uint8Array(await crypto.subtle.exportKey('raw', ephemeral.publicKey)));
  const shared = await crypto.subtle.deriveBits({ name: 'ECDH', public: teacher.key }, ephemeral.privateKey, 256);
  const { key, iv } = await resultKey(shared, ephemeralKey, assignmentId);
  const header = concatBytes(Uint8Array.of(SEAL_VERSION), ephemeralKey);
  const sealed = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: additionalData(header, assignmentId) },
    key,
    new Uint8Array(bytes),
  );
  return concatBytes(header, new Uint8Array(sealed));
}

/** Opens sealed bytes with the teacher's private key for one assignment: the bytes, or why it did not open. Never throws. */
export async function openResult(
  sealed: Uint8Array,
  teacherPrivateKey: CryptoKey,
  assignmentId: string,
): Promise<{ ok: true; bytes: Uint8Array } | OpenFailure> {
  const version = sealed[0];
  if (version === undefined) return openFailure('truncated');
  if (version > SEAL_VERSION) return openFailure('newer-version');
  if (version !== SEAL_VERSION) return openFailure('unknown-version');
  if (sealed.length < SEAL_OVERHEAD) return openFailure('truncated');
  const ephemeralKey = new Uint8Array(sealed.subarray(1, 34));
  const raw = decompressPoint(ephemeralKey);
  if (!raw) return openFailure('damaged');
  try {
    const ephemeral = await crypto.subtle.importKey('raw', raw, ECDH, false, []);
    const shared = await crypto.subtle.deriveBits({ name: 'ECDH', public: ephemeral }, teacherPrivateKey, 256);
    const { key, iv } = await resultKey(shared, ephemeralKey, assignmentId);
    const header = new Uint8Array(sealed.subarray(0, 34));
    const opened = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv, additionalData: additionalData(header, assignmentId) },
      key,
      new Uint8Array(sealed.subarray(34)),
    );
    return { ok: true, bytes: new Uint8Array(opened) };
  } catch {
    return openFailure('not-opened');
  }
}
