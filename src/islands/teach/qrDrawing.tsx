/*
 * Loaded on demand, once a page has a link or a code to show as a QR code: lean-qr's nano build (only
 * `generate`, about 2 KB gzipped), our path drawing and the SVG, so no page's first load carries them.
 */
import { useMemo } from 'preact/hooks';
import { generate } from 'lean-qr/nano';
import { qrPath, type QrDrawing } from '../../lib/teach/qrPath';

/** The QR code of `text`, or undefined when it is too long for any QR code (lean-qr throws). */
export function drawQr(text: string): QrDrawing | undefined {
  try {
    return qrPath(generate(text));
  } catch {
    return undefined;
  }
}

/** The QR code as SVG: dark modules on a light square (src/styles/qr.css), in module units. */
export function QrSvg({ text, what }: { text: string; what: string }) {
  const drawing = useMemo(() => drawQr(text), [text]);
  if (!drawing) return <p class="qr-note">This is too long for a QR code: copy it instead.</p>;
  const { modules, path } = drawing;
  return (
    <svg class="qr-code" role="img" aria-label={`QR code of ${what}`} viewBox={`0 0 ${modules} ${modules}`} shape-rendering="crispEdges">
      <rect class="qr-light" width={modules} height={modules} />
      <path class="qr-dark" d={path} />
    </svg>
  );
}
