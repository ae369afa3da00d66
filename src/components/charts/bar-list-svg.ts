import { xmlText, type Picture } from '../../lib/export/picture';

/** One bar list row as shown: its label, its value text, its width (% of the track) and colour. */
export interface BarListPictureRow {
  label: string;
  value: string;
  widthPercent: number;
  color: string;
}

const ROW = 24;
const TITLE = 28;
const PAD = 8;
const LABEL = 170;
const VALUE = 200;
const FONT = 'font-family="system-ui, -apple-system, Segoe UI, sans-serif"';

/** A bar list (HTML on the page) as standalone SVG: title, then label, bar and value per row; a funnel centres its bars. */
export function barListPicture(rows: readonly BarListPictureRow[], title: string, width: number, centered = false): Picture {
  const totalWidth = Math.max(LABEL + VALUE + 120, Math.round(width));
  const track = totalWidth - LABEL - VALUE - 2 * PAD;
  const height = TITLE + rows.length * ROW + PAD;
  const parts = rows.map((row, index) => {
    const top = TITLE + index * ROW;
    const barWidth = (track * Math.max(0, Math.min(100, row.widthPercent))) / 100;
    const x = PAD + LABEL + (centered ? (track - barWidth) / 2 : 0);
    return [
      `<text x="${PAD}" y="${top + 15}" font-size="13" fill="#1d2330" ${FONT}>${xmlText(row.label)}</text>`,
      barWidth > 0 ? `<rect x="${round(x)}" y="${top + 4}" width="${round(barWidth)}" height="16" rx="3" fill="${xmlText(row.color)}"/>` : '',
      `<text x="${PAD + LABEL + track + 8}" y="${top + 15}" font-size="12" fill="#1d2330" ${FONT}>${xmlText(row.value)}</text>`,
    ].join('');
  });
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${totalWidth}" height="${height}" viewBox="0 0 ${totalWidth} ${height}">`,
    `<rect width="${totalWidth}" height="${height}" fill="#ffffff"/>`,
    `<text x="${PAD}" y="18" font-size="14" font-weight="600" fill="#1d2330" ${FONT}>${xmlText(title)}</text>`,
    ...parts,
    '</svg>',
  ].join('');
  return { svg, width: totalWidth, height };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
