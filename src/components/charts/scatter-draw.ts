import type { ScatterLayout } from './scatter-layout';

/** The part of a 2-D canvas context the scatter uses (a test can record the calls). */
export type ScatterContext = Pick<CanvasRenderingContext2D, 'setTransform' | 'clearRect' | 'beginPath' | 'moveTo' | 'arc' | 'fill' | 'fillStyle' | 'globalAlpha'>;

/** What to paint: drawn customers grouped by cluster, their colours, and the CSS size and pixel ratio. */
export interface ScatterPaint {
  coordinates: ArrayLike<number>;
  groups: { cluster: number; indices: number[] }[];
  color: (cluster: number) => string;
  layout: Pick<ScatterLayout, 'x' | 'y'>;
  width: number;
  height: number;
  ratio: number;
  radius?: number;
}

/** Paints the points: one path and one fill per cluster, half transparent so dense areas read as darker. */
export function paintScatter(context: ScatterContext, paint: ScatterPaint): number {
  const { coordinates, groups, color, layout, width, height, ratio, radius = 1.8 } = paint;
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.clearRect(0, 0, width, height);
  context.globalAlpha = 0.55;
  let painted = 0;
  for (const group of groups) {
    context.beginPath();
    for (const index of group.indices) {
      const x = layout.x(coordinates[index * 2]);
      const y = layout.y(coordinates[index * 2 + 1]);
      if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
      context.moveTo(x + radius, y);
      context.arc(x, y, radius, 0, 2 * Math.PI);
      painted++;
    }
    context.fillStyle = color(group.cluster);
    context.fill();
  }
  context.globalAlpha = 1;
  return painted;
}
