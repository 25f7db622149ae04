/**
 * The shape a translation must have: the same keys as the Chinese original, any wording.
 * Chinese messages are written `as const`; the English ones are checked against this shape.
 */
export type MessageShape<Messages> = {
  [Key in keyof Messages]: Messages[Key] extends string ? string : MessageShape<Messages[Key]>;
};
