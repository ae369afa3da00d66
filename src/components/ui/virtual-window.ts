/** A column of `VirtualTable`. */
export interface TableColumn {
  key: string;
  label: string;
  align?: 'left' | 'right' | 'center';
  /** Width in pixels; columns without one share the rest. */
  width?: number;
}

/** The rows to put in the DOM and the blank space above and below them, in pixels. */
export interface VirtualWindow {
  start: number;
  /** One past the last row. */
  end: number;
  top: number;
  bottom: number;
}

/** Which rows of a fixed-row-height list are visible at `scrollTop`, plus `overscan` rows each side. */
export function virtualWindow(scrollTop: number, viewportHeight: number, rowHeight: number, rowCount: number, overscan = 6): VirtualWindow {
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const visible = Math.ceil(Math.max(0, viewportHeight) / rowHeight) + 1;
  const start = Math.min(rowCount, Math.max(0, first - overscan));
  const end = Math.min(rowCount, first + visible + overscan);
  return { start, end, top: start * rowHeight, bottom: (rowCount - end) * rowHeight };
}

/** Where a scroll key takes a list: a page is the viewport less one row, so one row stays in view. */
export function scrollTarget(key: string, scrollTop: number, pageHeight: number, rowHeight: number, maxScroll: number): number | null {
  const page = Math.max(rowHeight, pageHeight - rowHeight);
  const targets: Record<string, number> = {
    PageDown: scrollTop + page,
    PageUp: scrollTop - page,
    ArrowDown: scrollTop + rowHeight,
    ArrowUp: scrollTop - rowHeight,
    Home: 0,
    End: maxScroll,
  };
  if (!(key in targets)) return null;
  return Math.max(0, Math.min(maxScroll, targets[key]));
}
