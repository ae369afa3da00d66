import type { ScatterLayout } from './scatter-layout';

/**
 * The canvas points of a scatter as SVG: one <path> per cluster made of small circles (two arcs each),
 * half transparent like the canvas, so the exported file is vector and holds no embedded image.
 */
export function scatterPointsSvg(
  coordinates: ArrayLike<number>,
  groups: readonly { cluster: number; indices: readonly number[] }[],
  color: (cluster: number) => string,
  layout: Pick<ScatterLayout, 'x' | 'y'>,
  radius = 1.8,
): string {
  const paths = groups.map((group) => {
    const commands: string[] = [];
    for (const index of group.indices) {
      const x = layout.x(coordinates[index * 2]);
      const y = layout.y(coordinates[index * 2 + 1]);
      if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
      commands.push(`M${fixed(x - radius)} ${fixed(y)}a${radius} ${radius} 0 1 0 ${2 * radius} 0a${radius} ${radius} 0 1 0 ${-2 * radius} 0`);
    }
    return commands.length ? `<path d="${commands.join('')}" fill="${color(group.cluster)}" fill-opacity="0.55"/>` : '';
  });
  return `<g>${paths.join('')}</g>`;
}

function fixed(value: number): string {
  return String(Math.round(value * 10) / 10);
}
