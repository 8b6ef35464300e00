/** Draws one uPlot line into a box once the lazily loaded chart code arrives: the weekly charts and the measures share it. */
import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ChartInput } from './draw-chart.js';

/** The box to draw in and whether the line is drawn; `lineOf` runs again when a value in `changes` does. */
export function useDrawnChart(lineOf: () => Omit<ChartInput, 'width'>, changes: readonly unknown[]): { readonly target: RefObject<HTMLDivElement | null>; readonly drawn: boolean } {
  const target = useRef<HTMLDivElement>(null);
  const [drawn, setDrawn] = useState(false);
  useEffect(() => {
    let undo: (() => void) | undefined;
    let live = true;
    void import('./draw-chart.js').then(({ drawChart }) => {
      const element = target.current;
      if (!live || element === null) {
        return;
      }
      element.replaceChildren();
      undo = drawChart(element, { ...lineOf(), width: Math.max(200, Math.min(element.clientWidth, 700)) });
      setDrawn(true);
    });
    return () => {
      live = false;
      undo?.();
    };
  }, changes);
  return { target, drawn };
}
