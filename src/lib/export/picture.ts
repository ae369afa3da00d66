import { fileBaseName, svgToPngBlob } from './chart-image';
import { downloadBlob } from './download';

/** A chart drawn as standalone SVG text (no external references) and its size in CSS pixels. */
export interface Picture {
  svg: string;
  width: number;
  height: number;
}

/** Text safe inside SVG/XML text and attribute values. */
export function xmlText(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character]!);
}

/** Puts `layer` (SVG elements) first inside the root <svg> of `svg`: drawn under what is already there. */
export function withBottomLayer(svg: string, layer: string): string {
  const root = /^<svg\b[^>]*?>/.exec(svg);
  if (!root || root[0].endsWith('/>')) return svg;
  return `${svg.slice(0, root[0].length)}${layer}${svg.slice(root[0].length)}`;
}

/** Downloads a picture as <name>.svg. */
export function downloadPictureSvg(picture: Picture, name: string): void {
  downloadBlob(`${fileBaseName(name)}.svg`, new Blob([picture.svg], { type: 'image/svg+xml;charset=utf-8' }));
}

/** Downloads a picture as <name>.png, twice the CSS size, on white. */
export async function downloadPicturePng(picture: Picture, name: string, scale = 2): Promise<void> {
  downloadBlob(`${fileBaseName(name)}.png`, await svgToPngBlob(picture.svg, picture.width, picture.height, scale));
}
