import type { ScoreBin } from './classAnalysis';

/*
 * The geometry of the gradebook's score-distribution chart: one bar per bin of scoreDistribution, as tall as
 * its share of the fullest bin. Pure numbers: the component draws them as SVG, the summary is the text alternative.
 */

export interface BarBox {
  width: number;
  height: number;
  /** Room left at the bottom for the bins' labels, and at the top for the counts. */
  labelHeight: number;
  pad: number;
}

export interface Bar {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Where the count and the label sit (centre of the bar). */
  middle: number;
  count: number;
  label: string;
  /** The bar's mark on the axis: its score, or the lowest percent it holds. */
  tick: string;
}

const round = (value: number) => Math.round(value * 10) / 10;

/** The bars for `bins` in `box`: equal widths with a gap, heights scaled to the fullest bin (empty bins flat). */
export function distributionBars(bins: readonly ScoreBin[], box: BarBox): Bar[] {
  if (bins.length === 0) return [];
  const most = Math.max(1, ...bins.map((bin) => bin.count));
  const slot = (box.width - 2 * box.pad) / bins.length;
  const gap = Math.min(4, slot * 0.2);
  const plot = box.height - 2 * box.labelHeight;
  const base = box.height - box.labelHeight;
  return bins.map((bin, index) => {
    const height = round((bin.count / most) * plot);
    const x = round(box.pad + index * slot + gap / 2);
    return {
      x,
      y: round(base - height),
      width: round(slot - gap),
      height,
      middle: round(box.pad + (index + 0.5) * slot),
      count: bin.count,
      label: bin.label,
      tick: bin.tick,
    };
  });
}
