import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { generate } from 'lean-qr/nano';
import { darkModulesOf, qrPath, QUIET_ZONE, type QrBitmap } from '../../src/lib/teach/qrPath';

/** Every dark module of a bitmap, as "x,y": what lean-qr itself says the code is. */
function darkModulesOfBitmap(bitmap: QrBitmap): Set<string> {
  const dark = new Set<string>();
  for (let y = 0; y < bitmap.size; y++) for (let x = 0; x < bitmap.size; x++) if (bitmap.get(x, y)) dark.add(`${x},${y}`);
  return dark;
}

/** A bitmap from rows of '#' (dark) and '.' (light). */
function bitmapOf(rows: string[]): QrBitmap {
  return { size: rows.length, get: (x, y) => rows[y]?.[x] === '#' };
}

describe('qrPath', () => {
  it('draws each run of dark modules in a row as one rectangle, shifted by the quiet zone', () => {
    expect(qrPath(bitmapOf(['##.', '...', '#.#']))).toEqual({
      modules: 3 + 2 * QUIET_ZONE,
      path: 'M4 4h2v1h-2zM4 6h1v1h-1zM6 6h1v1h-1z',
    });
  });

  it('keeps a quiet zone of 4 modules on every side', () => {
    const { modules, path } = qrPath(bitmapOf(['###', '###', '###']));
    expect(QUIET_ZONE).toBe(4);
    expect(modules).toBe(11);
    const numbers = [...path.matchAll(/M(\d+) (\d+)h(\d+)/g)].map((match) => match.slice(1).map(Number));
    expect(Math.min(...numbers.map(([x]) => x!))).toBe(4);
    expect(Math.min(...numbers.map(([, y]) => y!))).toBe(4);
    expect(Math.max(...numbers.map(([x, , run]) => x! + run!))).toBe(modules - 4);
    expect(Math.max(...numbers.map(([, y]) => y! + 1))).toBe(modules - 4);
  });

  it("draws exactly lean-qr's dark modules for a known small input (a 21×21 code)", () => {
    const bitmap = generate('HELLO');
    expect(bitmap.size).toBe(21);
    const { modules, path } = qrPath(bitmap);
    expect(modules).toBe(29);
    expect(darkModulesOf(path)).toEqual(darkModulesOfBitmap(bitmap));
    // The three finder patterns' corners are dark: the drawing is the right way round.
    for (const [x, y] of [
      [0, 0],
      [20, 0],
      [0, 20],
    ] as const)
      expect(darkModulesOf(path).has(`${x},${y}`)).toBe(true);
  });

  it("gives a 41×41 code (49 with the quiet zone) for a link of the teacher's length, 132 characters", () => {
    const fragment = 'k3Jx_9aQ-Zt0bWc7vLmN2pR8sE4uYhG1dF6oTiK5'.repeat(3);
    const link = `https://example.org/assignment/#${fragment}`.slice(0, 132);
    expect(link).toHaveLength(132);
    expect(qrPath(generate(link)).modules).toBe(41 + 2 * QUIET_ZONE);
  });

  it("matches lean-qr's bitmap for any text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const bitmap = generate(text);
        const { modules, path } = qrPath(bitmap);
        expect(modules).toBe(bitmap.size + 2 * QUIET_ZONE);
        expect(darkModulesOf(path)).toEqual(darkModulesOfBitmap(bitmap));
      }),
      { numRuns: 50 },
    );
  });
});
