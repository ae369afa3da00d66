import { xmlText, type Picture } from '../../lib/export/picture';
import type { HeatmapLayout } from './heatmap-layout';

const FONT = 'font-family="system-ui, -apple-system, Segoe UI, sans-serif"';
const TITLE = 28;
const AXIS = 28;

/** Text of one cell: its count, and under it the average spend when the cell is large enough. */
export interface RfGridCellText {
  count: string;
  average: string | null;
}

/**
 * The R × F grid (HTML buttons on the page) as standalone SVG, from the same layout the page uses:
 * cells with their fill and text, score ticks, the two axis titles.
 */
export function rfGridPicture(layout: HeatmapLayout, width: number, title: string, axes: { x: string; y: string }, text: (index: number) => RfGridCellText): Picture {
  const plotWidth = Math.max(1, Math.round(width));
  const totalWidth = plotWidth;
  const height = TITLE + layout.height + AXIS;
  const ink = (light: boolean) => (light ? '#ffffff' : '#1d2330');
  const cells = layout.cells.map((cell, index) => {
    const { count, average } = text(index);
    const cx = cell.x + cell.width / 2;
    const cy = TITLE + cell.y + cell.height / 2;
    const fill = ink(cell.ink === 'light');
    return [
      `<rect x="${round(cell.x)}" y="${round(TITLE + cell.y)}" width="${round(cell.width)}" height="${round(cell.height)}" rx="4" fill="${xmlText(cell.fill)}"/>`,
      `<text x="${round(cx)}" y="${round(average ? cy - 2 : cy + 5)}" text-anchor="middle" font-size="14" font-weight="600" fill="${fill}" ${FONT}>${xmlText(count)}</text>`,
      average ? `<text x="${round(cx)}" y="${round(cy + 14)}" text-anchor="middle" font-size="11" fill="${fill}" ${FONT}>${xmlText(average)}</text>` : '',
    ].join('');
  });
  const yTicks = layout.yTicks.map((tick) => `<text x="4" y="${round(TITLE + tick.position + 4)}" font-size="12" fill="#5f6672" ${FONT}>${tick.score}</text>`);
  const xTicks = layout.xTicks.map((tick) => `<text x="${round(tick.position)}" y="${round(TITLE + layout.plotBottom + 16)}" text-anchor="middle" font-size="12" fill="#5f6672" ${FONT}>${tick.score}</text>`);
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${totalWidth}" height="${height}" viewBox="0 0 ${totalWidth} ${height}">`,
    `<rect width="${totalWidth}" height="${height}" fill="#ffffff"/>`,
    `<text x="4" y="18" font-size="14" font-weight="600" fill="#1d2330" ${FONT}>${xmlText(title)}</text>`,
    `<text x="${round(totalWidth - 4)}" y="18" text-anchor="end" font-size="12" fill="#5f6672" ${FONT}>↑ ${xmlText(axes.y)}</text>`,
    ...cells,
    ...yTicks,
    ...xTicks,
    `<text x="${round(totalWidth / 2)}" y="${height - 4}" text-anchor="middle" font-size="12" fill="#5f6672" ${FONT}>${xmlText(axes.x)} →</text>`,
    '</svg>',
  ].join('');
  return { svg, width: totalWidth, height };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
