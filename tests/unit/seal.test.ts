import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { openResult, SEAL_OVERHEAD, SEAL_VERSION, sealResult } from '../../src/lib/teach/seal';
import { createTeacherKey, type TeacherKey } from '../../src/lib/teach/teacherKeys';

let teacher: TeacherKey;
let otherTeacher: TeacherKey;
beforeAll(async () => {
  [teacher, otherTeacher] = await Promise.all([createTeacherKey(), createTeacherKey()]);
});

const open = (sealed: Uint8Array, assignmentId = 'assign-1', key = teacher.privateKey) => openResult(sealed, key, assignmentId);

describe('sealing a result', () => {
  it('opens to the same bytes, for its assignment and its teacher', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 200 }), fc.string({ maxLength: 20 }), async (bytes, assignmentId) => {
        const sealed = await sealResult(bytes, teacher.publicKey, assignmentId);
        expect(sealed).toHaveLength(bytes.length + SEAL_OVERHEAD);
        expect(await open(sealed, assignmentId)).toEqual({ ok: true, bytes });
      }),
      { numRuns: 40 },
    );
  });

  it('lays out version ‖ ephemeral key (33 bytes, compressed) ‖ ciphertext and tag', async () => {
    const sealed = await sealResult(new TextEncoder().encode('hello'), teacher.publicKey, 'assign-1');
    expect(sealed[0]).toBe(SEAL_VERSION);
    expect([0x02, 0x03]).toContain(sealed[1]);
    expect(sealed).toHaveLength(1 + 33 + 5 + 16);
    expect(new TextDecoder().decode(sealed)).not.toContain('hello');
  });

  it('uses a fresh ephemeral key every time, so the same result never gives the same code', async () => {
    const bytes = Uint8Array.of(1, 2, 3);
    const [one, two] = await Promise.all([sealResult(bytes, teacher.publicKey, 'a'), sealResult(bytes, teacher.publicKey, 'a')]);
    expect(one.subarray(1, 34)).not.toEqual(two.subarray(1, 34));
    expect(one.subarray(34)).not.toEqual(two.subarray(34));
  });

  it('does not open for another assignment or with another teacher key, and says both are possible', async () => {
    const sealed = await sealResult(Uint8Array.of(1, 2, 3), teacher.publicKey, 'assign-1');
    const wrongAssignment = await open(sealed, 'assign-2');
    const wrongKey = await open(sealed, 'assign-1', otherTeacher.privateKey);
    expect(wrongAssignment).toEqual(wrongKey);
    expect(wrongAssignment).toMatchObject({ ok: false, reason: 'not-opened' });
    expect(!wrongAssignment.ok && wrongAssignment.message).toMatch(
      /another assignment, or sealed to another teacher key, or a character was changed/,
    );
    expect(await open(sealed, 'assign-1 ')).toMatchObject({ ok: false, reason: 'not-opened' });
  });

  it('fails to open after any single bit is flipped, at every position', async () => {
    const bytes = new TextEncoder().encode('a result of about thirty bytes');
    const sealed = await sealResult(bytes, teacher.publicKey, 'assign-1');
    const reasons = new Set<string>();
    for (let bit = 0; bit < sealed.length * 8; bit++) {
      const flipped = sealed.slice();
      flipped[bit >> 3]! ^= 0x80 >> (bit & 7);
      const opened = await open(flipped);
      expect(opened.ok, `bit ${bit}`).toBe(false);
      if (!opened.ok) reasons.add(opened.reason);
    }
    // The version byte says "unknown" or "newer"; the ephemeral key is off the curve or opens nothing; the rest opens nothing.
    expect([...reasons].sort()).toEqual(['damaged', 'newer-version', 'not-opened', 'unknown-version']);
  });

  it('fails to open after a bit flip anywhere, for arbitrary results and assignments (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 80 }), fc.string({ maxLength: 16 }), fc.nat(), async (bytes, assignmentId, position) => {
        const sealed = await sealResult(bytes, teacher.publicKey, assignmentId);
        const bit = position % (sealed.length * 8);
        sealed[bit >> 3]! ^= 0x80 >> (bit & 7);
        expect((await open(sealed, assignmentId)).ok).toBe(false);
      }),
      { numRuns: 100 },
    );
  });

  it('fails cleanly when cut short or lengthened', async () => {
    const sealed = await sealResult(Uint8Array.of(7, 7, 7), teacher.publicKey, 'assign-1');
    expect(await open(new Uint8Array())).toMatchObject({ ok: false, reason: 'truncated' });
    for (let length = 1; length < sealed.length; length++) {
      expect((await open(sealed.slice(0, length))).ok, `first ${length} bytes`).toBe(false);
    }
    expect(await open(sealed.slice(0, SEAL_OVERHEAD - 1))).toMatchObject({ ok: false, reason: 'truncated' });
    expect(await open(Uint8Array.of(...sealed, 0))).toMatchObject({ ok: false, reason: 'not-opened' });
  });

  it('never throws on arbitrary bytes, and opens none of them', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 120 }),
          fc
            .uint8Array({ minLength: 33, maxLength: 100 })
            .map((rest) => Uint8Array.of(SEAL_VERSION, 0x02 | (rest[0]! & 1), ...rest.subarray(1))),
        ),
        async (bytes) => {
          const opened = await open(bytes);
          expect(opened.ok).toBe(false);
          if (!opened.ok) expect(opened.message.length).toBeGreaterThan(20);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('refuses to seal to a key that is no point, a programming error the link decoder prevents', async () => {
    await expect(sealResult(Uint8Array.of(1), new Uint8Array(33), 'a')).rejects.toThrow(/not a valid teacher's public key/);
  });
});
