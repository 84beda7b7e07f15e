import { useMemo } from 'react';
import { qrMatrix } from './qr-matrix';

interface Props {
  /** What the code holds (a URL, a Wi-Fi joining string). */
  value: string;
  /** Read out instead of the picture, e.g. "QR code for http://…". */
  label: string;
  className?: string;
}

/**
 * A QR code drawn as SVG: black on white whatever the theme (scanners need the contrast), with its
 * quiet zone, scaling to its box without blurring on a projector or on paper.
 */
export default function QrCode({ value, label, className }: Props) {
  const matrix = useMemo(() => qrMatrix(value), [value]);
  return (
    <svg
      className={className ? `qr-code ${className}` : 'qr-code'}
      viewBox={`0 0 ${matrix.viewSize} ${matrix.viewSize}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
      data-qr-value={value}
    >
      <rect width={matrix.viewSize} height={matrix.viewSize} fill="#fff" />
      <path d={matrix.path} fill="#000" />
    </svg>
  );
}
