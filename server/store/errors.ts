/** Errors every store raises the same way, so the API can answer them alike. */
export class UnknownIndicatorError extends Error {
  constructor(readonly indicatorId: string) {
    super(`unknown indicator: ${indicatorId}`);
    this.name = 'UnknownIndicatorError';
  }
}
