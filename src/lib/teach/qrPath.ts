/** What qrPath reads from a QR code: lean-qr's Bitmap2D has this shape (its nano build too). */
export interface QrBitmap {
  /** Modules per side, without the quiet zone. */
  readonly size: number;
  /** Whether the module at (x, y) is dark; false outside the code. */
  get(x: number, y: number): boolean;
}

/** The light margin scanners need around a code: 4 modules on every side (ISO/IEC 18004). */
export const QUIET_ZONE = 4;

export interface QrDrawing {
  /** Modules per side including the quiet zone on both sides: the SVG's viewBox is `0 0 modules modules`. */
  modules: number;
  /** One SVG path: a rectangle one module high per run of dark modules in a row. */
  path: string;
}

/**
 * A QR code as one SVG path, in module units, with the quiet zone around it: each row's runs of dark
 * modules become `M x y h n v 1 h -n z`, so a 45×45 code is a few hundred short commands, not 1,000 rects.
 */
export function qrPath(bitmap: QrBitmap): QrDrawing {
  const { size } = bitmap;
  const parts: string[] = [];
  for (let y = 0; y < size; y++) {
    let x = 0;
    while (x < size) {
      if (!bitmap.get(x, y)) {
        x++;
        continue;
      }
      const start = x;
      while (x < size && bitmap.get(x, y)) x++;
      const run = x - start;
      parts.push(`M${start + QUIET_ZONE} ${y + QUIET_ZONE}h${run}v1h-${run}z`);
    }
  }
  return { modules: size + 2 * QUIET_ZONE, path: parts.join('') };
}

/** The dark modules a path draws, as "x,y" in code coordinates (without the quiet zone): to check a drawing. */
export function darkModulesOf(path: string): Set<string> {
  const dark = new Set<string>();
  for (const match of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g)) {
    const [x, y, run] = [Number(match[1]) - QUIET_ZONE, Number(match[2]) - QUIET_ZONE, Number(match[3])];
    for (let i = 0; i < run; i++) dark.add(`${x + i},${y}`);
  }
  return dark;
}
