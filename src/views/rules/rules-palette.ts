import { clusterColor } from '../../components/charts/cluster-palette';

/** Light grey for Others, so gaps stand out against the coloured segments. */
export const OTHERS_COLOR = '#e3e5e9';

/** Fill of segment `index` of `count` names (the last is Others). */
export const segmentColor = (index: number, count: number): string => (index === count - 1 ? OTHERS_COLOR : clusterColor(index));

/** Black or white text, whichever reads better on `hex` (WCAG relative luminance, threshold ≈ 0.18). */
export function textColorOn(hex: string): string {
  const channel = (offset: number) => {
    const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return luminance > 0.18 ? '#111111' : '#ffffff';
}
