import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { toBase64Url } from '../../src/lib/teach/bytes';
import {
  createTeacherKey,
  exportPublicKey,
  importPublicKey,
  KEY_FILE_FORMAT,
  MAX_KEY_FILE_LENGTH,
  opensFor,
  readTeacherKeyFile,
  sameKey,
  teacherKeyFile,
  type TeacherKeyFile,
} from '../../src/lib/teach/teacherKeys';

const reason = async (text: string) => {
  const read = await readTeacherKeyFile(text);
  return read.ok ? 'ok' : read.reason;
};

describe('a teacher key pair', () => {
  it('has a 33-byte compressed public key that imports back as the same key', async () => {
    const key = await createTeacherKey(new Date('2026-03-01T10:00:00Z'));
    expect(key.publicKey).toHaveLength(33);
    expect([0x02, 0x03]).toContain(key.publicKey[0]);
    expect(key.created).toBe('2026-03-01T10:00:00.000Z');
    expect(key.privateKey.extractable).toBe(true);
    const imported = await importPublicKey(key.publicKey);
    expect(imported.ok && (await exportPublicKey(imported.key))).toEqual(key.publicKey);
    expect(await opensFor(key.privateKey, key.publicKey)).toBe(true);
  });

  it('another pair does not open it', async () => {
    const [one, other] = await Promise.all([createTeacherKey(), createTeacherKey()]);
    expect(await opensFor(other.privateKey, one.publicKey)).toBe(false);
  });

  it('is the same key as itself read back from its file, and not the same as another pair', async () => {
    const [one, other] = await Promise.all([createTeacherKey(), createTeacherKey()]);
    const read = await readTeacherKeyFile(await teacherKeyFile(one));
    expect(read.ok && sameKey(read.key, one)).toBe(true);
    expect(sameKey(one, other)).toBe(false);
    expect(sameKey(one, { publicKey: one.publicKey.slice(0, 32) })).toBe(false);
  });

  it('refuses garbage as a public key with a clear message', async () => {
    for (const bytes of [new Uint8Array(), new Uint8Array(33), Uint8Array.of(0x02, ...new Uint8Array(31), 1), new Uint8Array(65)]) {
      expect(await importPublicKey(bytes)).toEqual({
        ok: false,
        reason: 'invalid-public-key',
        message: expect.stringContaining('ask the teacher for a new link'),
      });
    }
  });
});

describe('the key file', () => {
  it('round-trips: the key read back opens what the original opens', async () => {
    const key = await createTeacherKey(new Date('2026-03-01T10:00:00Z'));
    const text = await teacherKeyFile(key);
    const file = JSON.parse(text) as TeacherKeyFile;
    expect(file).toMatchObject({ format: KEY_FILE_FORMAT, version: 1, publicKey: toBase64Url(key.publicKey), created: key.created });
    expect(file.privateKey).toMatchObject({ kty: 'EC', crv: 'P-256' });
    const read = await readTeacherKeyFile(text);
    if (!read.ok) throw new Error(read.message);
    expect(read.key.publicKey).toEqual(key.publicKey);
    expect(read.key.created).toBe(key.created);
    expect(await opensFor(read.key.privateKey, key.publicKey)).toBe(true);
  });

  it('names each way a file can be wrong, with a message saying what to do', async () => {
    const key = await createTeacherKey();
    const other = await createTeacherKey();
    const file = JSON.parse(await teacherKeyFile(key)) as TeacherKeyFile;
    const otherFile = JSON.parse(await teacherKeyFile(other)) as TeacherKeyFile;
    const variant = (change: Record<string, unknown>) => JSON.stringify({ ...file, ...change });
    expect(await reason('')).toBe('not-a-key-file');
    expect(await reason('{"format":"something-else"}')).toBe('not-a-key-file');
    expect(await reason('[1,2]')).toBe('not-a-key-file');
    expect(await reason('x'.repeat(MAX_KEY_FILE_LENGTH + 1))).toBe('oversized');
    expect(await reason(variant({ version: 2 }))).toBe('newer-version');
    expect(await reason(variant({ version: '1' }))).toBe('damaged');
    expect(await reason(variant({ publicKey: 'AAAA' }))).toBe('damaged');
    expect(await reason(variant({ publicKey: toBase64Url(new Uint8Array(33)) }))).toBe('damaged');
    expect(await reason(variant({ privateKey: { ...file.privateKey, d: 'AAAA' } }))).toBe('damaged');
    expect(await reason(variant({ privateKey: { ...file.privateKey, crv: 'P-384' } }))).toBe('damaged');
    expect(await reason(variant({ privateKey: 'secret' }))).toBe('damaged');
    // A whole private key of another pair, with the first pair's public key: a pair that does not match.
    expect(await reason(variant({ privateKey: otherFile.privateKey }))).toBe('mismatch');
    expect(await reason(variant({ publicKey: otherFile.publicKey }))).toBe('mismatch');
    const newer = await readTeacherKeyFile(variant({ version: 2 }));
    expect(!newer.ok && newer.message).toMatch(/newer version of the site\. Reload the page/);
  });

  it('keeps a file whose date is unreadable, without a date', async () => {
    const file = JSON.parse(await teacherKeyFile(await createTeacherKey())) as TeacherKeyFile;
    const read = await readTeacherKeyFile(JSON.stringify({ ...file, created: 'yesterday' }));
    expect(read.ok && read.key.created).toBe('');
  });

  it('never throws on arbitrary text or arbitrary JSON in the file', async () => {
    const file = JSON.parse(await teacherKeyFile(await createTeacherKey())) as TeacherKeyFile;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc
            .record({ key: fc.constantFrom('version', 'publicKey', 'privateKey', 'created'), value: fc.jsonValue() })
            .map(({ key, value }) => JSON.stringify({ ...file, [key]: value })),
        ),
        async (text) => {
          const read = await readTeacherKeyFile(text);
          if (!read.ok) expect(read.message).toMatch(/\.$/);
        },
      ),
      { numRuns: 60 },
    );
  });
});
