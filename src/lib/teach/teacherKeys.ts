import { fromBase64Url, toBase64Url } from './bytes';
import { compressPoint, decompressPoint } from './p256';

/*
 * The teacher's key pair (ECDH P-256): the public half travels in the assignment link, compressed to 33
 * bytes; the private half opens the learners' result codes and never leaves the teacher's browser except as
 * the key file the teacher downloads and keeps. A key file is untrusted input like any other: reading it
 * returns a typed failure, never throws.
 */

const ECDH = { name: 'ECDH', namedCurve: 'P-256' } as const;

/** The `format` field of a teacher key file. */
export const KEY_FILE_FORMAT = 'digital-ecosystems-teacher-key';
/** The key file version this site writes and reads. */
export const KEY_FILE_VERSION = 1;
/** A key file is about 400 bytes; anything far larger is not one, and is not parsed. */
export const MAX_KEY_FILE_LENGTH = 16_384;

/** A teacher's key pair as the pages use it. */
export interface TeacherKey {
  /** The public key, a 33-byte compressed P-256 point: what the link carries and results are sealed to. */
  publicKey: Uint8Array<ArrayBuffer>;
  /** The private key (extractable, so it can be saved to a file); opens result codes. */
  privateKey: CryptoKey;
  /** When the pair was made (ISO 8601). */
  created: string;
}

/** What a key file holds, as JSON. */
export interface TeacherKeyFile {
  format: typeof KEY_FILE_FORMAT;
  version: number;
  /** The public key, base64url of the 33-byte compressed point. */
  publicKey: string;
  privateKey: JsonWebKey;
  created: string;
}

/** Why a public key or key file could not be used. */
export type TeacherKeyFailureReason = 'invalid-public-key' | 'oversized' | 'not-a-key-file' | 'newer-version' | 'damaged' | 'mismatch';

export interface TeacherKeyFailure {
  ok: false;
  reason: TeacherKeyFailureReason;
  /** What went wrong and what to do, for the teacher. */
  message: string;
}

const failure = (reason: TeacherKeyFailureReason, message: string): TeacherKeyFailure => ({ ok: false, reason, message });

const INVALID_PUBLIC_KEY =
  "This is not a valid teacher's public key (it is not a point on the P-256 curve). The link may be damaged: ask the teacher for a new link.";
const DAMAGED_FILE =
  "This key file is damaged: its private key cannot be read. Load the file you saved when you made the assignment's link.";

/** Creates a new teacher key pair (the private key extractable, so it can be saved to a file). */
export async function createTeacherKey(now = new Date()): Promise<TeacherKey> {
  const pair = await crypto.subtle.generateKey(ECDH, true, ['deriveBits']);
  return { publicKey: await exportPublicKey(pair.publicKey), privateKey: pair.privateKey, created: now.toISOString() };
}

/** A public ECDH P-256 key as its 33-byte compressed point. */
export async function exportPublicKey(publicKey: CryptoKey): Promise<Uint8Array<ArrayBuffer>> {
  return compressPoint(new Uint8Array(await crypto.subtle.exportKey('raw', publicKey)));
}

/** A 33-byte compressed point as a WebCrypto public key, decompressed here (Safari cannot), or a failure for garbage. */
export async function importPublicKey(compressed: Uint8Array): Promise<{ ok: true; key: CryptoKey } | TeacherKeyFailure> {
  const raw = decompressPoint(compressed);
  if (!raw) return failure('invalid-public-key', INVALID_PUBLIC_KEY);
  try {
    return { ok: true, key: await crypto.subtle.importKey('raw', raw, ECDH, true, []) };
  } catch {
    return failure('invalid-public-key', INVALID_PUBLIC_KEY);
  }
}

/** The key file's text (JSON) for the teacher to download and keep. */
export async function teacherKeyFile(key: TeacherKey): Promise<string> {
  const file: TeacherKeyFile = {
    format: KEY_FILE_FORMAT,
    version: KEY_FILE_VERSION,
    publicKey: toBase64Url(key.publicKey),
    privateKey: await crypto.subtle.exportKey('jwk', key.privateKey),
    created: key.created,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The key pair in a key file's text, or a failure saying why it cannot be used: wrong format, newer, damaged, mismatched. */
export async function readTeacherKeyFile(text: string): Promise<{ ok: true; key: TeacherKey } | TeacherKeyFailure> {
  if (text.length > MAX_KEY_FILE_LENGTH) {
    return failure(
      'oversized',
      `This file is too large to be a teacher key file (${text.length} characters). Choose the .json key file you saved.`,
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    data = undefined;
  }
  if (!isRecord(data) || data['format'] !== KEY_FILE_FORMAT) {
    return failure('not-a-key-file', 'This is not a teacher key file. Choose the .json key file you saved when you made the link.');
  }
  const { version, publicKey, privateKey, created } = data;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return failure('damaged', DAMAGED_FILE);
  if (version > KEY_FILE_VERSION) {
    return failure(
      'newer-version',
      'This key file was made by a newer version of the site. Reload the page to get the newest version, then load it again.',
    );
  }
  const publicBytes = typeof publicKey === 'string' ? fromBase64Url(publicKey) : undefined;
  if (!publicBytes || !decompressPoint(publicBytes)) {
    return failure(
      'damaged',
      "This key file is damaged: its public key cannot be read. Load the file you saved when you made the assignment's link.",
    );
  }
  const key = await importPrivateKey(privateKey);
  if (!key) return failure('damaged', DAMAGED_FILE);
  if (!(await opensFor(key, publicBytes))) {
    return failure(
      'mismatch',
      "This key file is damaged: its private key does not belong to its public key, so it would open no one's codes.",
    );
  }
  const createdAt = typeof created === 'string' ? new Date(created) : undefined;
  return {
    ok: true,
    key: { publicKey: publicBytes, privateKey: key, created: createdAt && !isNaN(+createdAt) ? createdAt.toISOString() : '' },
  };
}

/** A JWK as an ECDH P-256 private key, or undefined when it is not one. */
async function importPrivateKey(jwk: unknown): Promise<CryptoKey | undefined> {
  if (!isRecord(jwk) || jwk['kty'] !== 'EC' || jwk['crv'] !== 'P-256') return undefined;
  const { d, x, y } = jwk;
  if (typeof d !== 'string' || typeof x !== 'string' || typeof y !== 'string') return undefined;
  // Only the fields a P-256 private key needs: a stray `key_ops` or `use` could make a browser refuse it.
  const fields: JsonWebKey = { kty: 'EC', crv: 'P-256', d, x, y, ext: true };
  try {
    return await crypto.subtle.importKey('jwk', fields, ECDH, true, ['deriveBits']);
  } catch {
    return undefined;
  }
}

/** True when two keys are the same pair: their public keys, the part a link names, are the same bytes. */
export function sameKey(a: { publicKey: Uint8Array }, b: { publicKey: Uint8Array }): boolean {
  return a.publicKey.length === b.publicKey.length && a.publicKey.every((byte, index) => byte === b.publicKey[index]);
}

/**
 * True when `privateKey` opens what is sealed to `publicKey`: a throwaway key agrees the same secret with both.
 * (The JWK's own x and y are only the file's claim; whether browsers check them against d is not specified, so test the
 * one thing that matters.)
 */
export async function opensFor(privateKey: CryptoKey, publicKey: Uint8Array): Promise<boolean> {
  const imported = await importPublicKey(publicKey);
  if (!imported.ok) return false;
  try {
    const probe = await crypto.subtle.generateKey(ECDH, false, ['deriveBits']);
    const [mine, theirs] = await Promise.all([
      crypto.subtle.deriveBits({ name: 'ECDH', public: probe.publicKey }, privateKey, 256),
      crypto.subtle.deriveBits({ name: 'ECDH', public: imported.key }, probe.privateKey, 256),
    ]);
    return toBase64Url(new Uint8Array(mine)) === toBase64Url(new Uint8Array(theirs));
  } catch {
    return false;
  }
}
