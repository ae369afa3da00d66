import { downloadBlob } from './download';

/**
 * Charts as pictures: a chart's <svg> becomes standalone SVG text (its computed styles inlined, since the
 * component CSS does not travel with the file) and, through an offscreen Image and a canvas, a PNG. Everything
 * stays local: blob: URLs only (allowed by img-src in index.html's CSP).
 */

/** The computed properties a chart needs to look the same outside the page. */
export const INLINED_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'font-size',
  'font-family',
  'font-weight',
  'opacity',
  'text-anchor',
  'dominant-baseline',
] as const;

/** Initial values: writing them on every node would only make the file bigger. */
const INITIAL: Record<string, string> = {
  'fill-opacity': '1',
  'stroke-dasharray': 'none',
  'stroke-opacity': '1',
  'stroke-linecap': 'butt',
  'stroke-linejoin': 'miter',
  opacity: '1',
  'text-anchor': 'start',
  'dominant-baseline': 'auto',
};
const TEXT_ONLY = new Set(['font-size', 'font-family', 'font-weight', 'text-anchor', 'dominant-baseline']);

/**
 * Style attribute text from a property reader (getComputedStyle in the page): empty and initial values are
 * left out, and font properties are written on text elements only (`text: false` for shapes).
 */
export function inlineStyle(read: (property: string) => string, hidden = false, text = true): string {
  const parts: string[] = [];
  for (const property of INLINED_PROPERTIES) {
    if (!text && TEXT_ONLY.has(property)) continue;
    const value = read(property).trim();
    if (value && value !== INITIAL[property]) parts.push(`${property}: ${value}`);
  }
  if (hidden) parts.push('display: none');
  return parts.join('; ');
}

/** The pixel size of a chart's svg: its width/height attributes, else its box on the page. */
export function svgSize(svg: SVGSVGElement): { width: number; height: number } {
  const box = svg.getBoundingClientRect();
  const width = Number(svg.getAttribute('width')) || box.width;
  const height = Number(svg.getAttribute('height')) || box.height;
  return { width: Math.max(1, Math.round(width)), height: Math.max(1, Math.round(height)) };
}

const ROOT_TAG = /^<svg\b[^>]*>/;
const ROOT_ATTRIBUTE = /\s([\w:-]+)="[^"]*"/g;
const DROPPED_ON_ROOT = new Set(['xmlns', 'width', 'height', 'viewBox', 'aria-hidden', 'tabindex', 'style']);
const EXTERNAL_HREF = /\s(?:xlink:)?href="(?!#)[^"]*"/g;

/**
 * Serialized <svg> text made standalone: the SVG namespace, pixel width/height, a viewBox of that size
 * (unless it had one) and no href pointing outside the file (images, fonts, links would not travel).
 */
export function standaloneSvg(serialized: string, width: number, height: number): string {
  const text = serialized.trim();
  const root = ROOT_TAG.exec(text);
  if (!root) return text;
  const kept = [...root[0].matchAll(ROOT_ATTRIBUTE)].filter(([, name]) => !DROPPED_ON_ROOT.has(name) && !name.startsWith('xmlns'));
  const viewBox = /\sviewBox="([^"]*)"/.exec(root[0])?.[1] ?? `0 0 ${width} ${height}`;
  const attributes = [
    'xmlns="http://www.w3.org/2000/svg"',
    ...(/xlink:/.test(text) ? ['xmlns:xlink="http://www.w3.org/1999/xlink"'] : []),
    `width="${width}"`,
    `height="${height}"`,
    `viewBox="${viewBox}"`,
    ...kept.map(([attribute]) => attribute.trim()),
  ];
  const rest = text.slice(root[0].length).replace(EXTERNAL_HREF, '');
  return `<svg ${attributes.join(' ')}${root[0].endsWith('/>') ? '/>' : '>'}${rest}`;
}

/** Standalone SVG text of a chart in the page: a clone with the computed styles inlined, see standaloneSvg. */
export function svgMarkup(svg: SVGSVGElement): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const sources = [svg, ...svg.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  const view = svg.ownerDocument.defaultView;
  sources.forEach((source, index) => {
    const copy = copies[index];
    if (view) {
      const style = view.getComputedStyle(source);
      const text = /^(text|tspan|textPath)$/.test(source.localName);
      copy.setAttribute('style', inlineStyle((property) => style.getPropertyValue(property), style.display === 'none', text));
    }
    copy.removeAttribute('class');
  });
  const { width, height } = svgSize(svg);
  // The root's own style (display, overflow of the page) does not belong in the file.
  clone.removeAttribute('style');
  return standaloneSvg(new XMLSerializer().serializeToString(clone), width, height);
}

/** Renders SVG text into a PNG blob at `scale` device pixels per CSS pixel, on white. */
export async function svgToPngBlob(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('the chart could not be drawn as an image'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(width * scale);
    canvas.height = Math.ceil(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas available');
    context.fillStyle = '#ffffff'; // a transparent PNG reads badly on dark slides and viewers
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** A file name part from a chart title: letters and digits of any script, the rest as single dashes. */
export function fileBaseName(name: string): string {
  return name.trim().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').toLowerCase() || 'chart';
}

/** Downloads a chart as <name>.svg. */
export function downloadSvg(svg: SVGSVGElement, name: string): void {
  downloadBlob(`${fileBaseName(name)}.svg`, new Blob([svgMarkup(svg)], { type: 'image/svg+xml;charset=utf-8' }));
}

/** Downloads a chart as <name>.png (twice the CSS size, for sharp slides). */
export async function downloadPng(svg: SVGSVGElement, name: string, scale = 2): Promise<void> {
  const { width, height } = svgSize(svg);
  downloadBlob(`${fileBaseName(name)}.png`, await svgToPngBlob(svgMarkup(svg), width, height, scale));
}

/** A table as tab-separated text (what spreadsheets paste into cells); tabs and line breaks in cells become spaces. */
export function tabSeparated(header: readonly string[], rows: Iterable<readonly (string | number)[]>): string {
  const line = (cells: readonly (string | number)[]) => cells.map((cell) => String(cell).replace(/[\t\r\n]+/g, ' ')).join('\t');
  const lines = [line(header)];
  for (const row of rows) lines.push(line(row));
  return `${lines.join('\n')}\n`;
}
