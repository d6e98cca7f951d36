/**
 * Characters in one line of a timeline label at the layout's width estimate (`charWidth` units
 * each). An event's `label` is no longer, so that it shows whole on one line. Kept apart from the
 * schemas so that the chart's client code does not bundle zod.
 */
export const LABEL_CHARS = 34;
