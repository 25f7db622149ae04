/**
 * Whether a figure waits for review (待审核), without the review schemas: the overview's first
 * screen asks it, and the schemas (zod) stay out of its first load. Browser-safe.
 */
export function isAwaitingReview(figure: { review?: { state: string } | null | undefined }): boolean {
  return figure.review?.state === 'submitted';
}
