// The height of a per-area chart, known before its code arrives: the placeholder takes the chart's
// place at the same height, so nothing below moves when the chart appears.
const BAR_HEIGHT = 36;
/** Axis and legend. */
const FRAME_HEIGHT = 90;

export const chartHeight = (rowCount: number) => rowCount * BAR_HEIGHT + FRAME_HEIGHT;
