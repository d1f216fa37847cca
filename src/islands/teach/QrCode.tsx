import '../../styles/qr.css';
import { useEffect, useState } from 'preact/hooks';

type Drawing = typeof import('./qrDrawing');
const loadDrawing = (): Promise<Drawing> => import('./qrDrawing');

interface Props {
  /** What the code holds (a link, a result code). */
  text: string;
  /** What it is, for its accessible name: "QR code of {what}". */
  what: string;
}

/**
 * A QR code drawn in the page as SVG, made in this browser: nothing is sent to any service. Rendered only
 * where there is a link or a code, and its code (lean-qr and the drawing) loads then, so pages load no more.
 */
export function QrCode(props: Props) {
  const [drawing, setDrawing] = useState<Drawing | undefined>(undefined);
  useEffect(() => {
    let current = true;
    loadDrawing().then(
      (loaded) => current && setDrawing(loaded),
      (error: unknown) => console.error('The QR code could not be loaded:', error),
    );
    return () => {
      current = false;
    };
  }, []);
  return drawing ? <drawing.QrSvg {...props} /> : null;
}
