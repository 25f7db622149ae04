/** Tall enough for readable 14px ticks on a phone, short enough to keep the table in view. */
export const chartHeightPx = 320;
