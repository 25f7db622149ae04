/** The sparkline's box, reserved before the drawing loads so the card does not jump. */
export const sparklineSize = { width: 200, height: 44 } as const;
