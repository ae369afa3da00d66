import { scaleLinear } from 'd3-scale';
import { curveLinearClosed, lineRadial } from 'd3-shape';

/** One corner of a polygon, relative to the centre; `missing` values sit at the centre without a dot. */
export interface RadarPoint {
  value: number;
  x: number;
  y: number;
  missing: boolean;
}

/** One spoke: its end and where its label goes, relative to the centre. */
export interface RadarSpoke {
  x: number;
  y: number;
  labelX: number;
  labelY: number;
  anchor: 'start' | 'middle' | 'end';
}

/** Everything the radar draws for one width; coordinates are relative to `center`. */
export interface RadarLayout {
  center: { x: number; y: number };
  radius: number;
  spokes: RadarSpoke[];
  /** One closed path per ring value (1 … max). */
  rings: { value: number; path: string }[];
  /** One closed path and its corners per series, in the order given. */
  polygons: { path: string; points: RadarPoint[] }[];
  width: number;
  height: number;
}

const LABEL_ROOM = { side: 78, vertical: 24 };
const MAX_RADIUS = 110;

/** Angle of spoke `index` of `count`: the first points up, the rest follow clockwise. */
const angleOf = (index: number, count: number) => (2 * Math.PI * index) / count;

/**
 * Polygons of values on a common 0…`max` scale, one spoke per axis. A value outside the scale is
 * clamped to it; a missing one (NaN) is drawn at the centre and flagged, so the shape stays closed.
 */
export function radarLayout(series: readonly (readonly number[])[], axisCount: number, width: number, max = 5): RadarLayout {
  const radius = Math.max(20, Math.min(MAX_RADIUS, (width - 2 * LABEL_ROOM.side) / 2));
  const center = { x: width / 2, y: radius + LABEL_ROOM.vertical };
  const length = scaleLinear().domain([0, max]).range([0, radius]).clamp(true);
  const closed = lineRadial<number>()
    .angle((_, index) => angleOf(index, axisCount))
    .radius((value) => value)
    .curve(curveLinearClosed);
  // Two decimals (stable paths in tests), and no -0 from sin/cos.
  const round = (value: number) => Math.round(value * 100) / 100 + 0;
  const at = (index: number, distance: number) => ({ x: round(distance * Math.sin(angleOf(index, axisCount))), y: round(-distance * Math.cos(angleOf(index, axisCount))) });
  const spokes = Array.from({ length: axisCount }, (_, index) => {
    const end = at(index, radius);
    const label = at(index, radius + 10);
    const anchor: RadarSpoke['anchor'] = Math.abs(label.x) < 1 ? 'middle' : label.x > 0 ? 'start' : 'end';
    return { ...end, labelX: label.x, labelY: round(label.y + (label.y > 1 ? 10 : label.y < -1 ? -2 : 4)), anchor };
  });
  const rings = Array.from({ length: max }, (_, ring) => ({ value: ring + 1, path: closed(Array.from({ length: axisCount }, () => length(ring + 1))) ?? '' }));
  const polygons = series.map((values) => {
    const distances = Array.from({ length: axisCount }, (_, index) => (Number.isFinite(values[index]) ? length(values[index]) : 0));
    return {
      path: closed(distances) ?? '',
      points: distances.map((distance, index) => ({ value: values[index] ?? NaN, ...at(index, distance), missing: !Number.isFinite(values[index]) })),
    };
  });
  return { center, radius, spokes, rings, polygons, width, height: 2 * (radius + LABEL_ROOM.vertical) };
}
