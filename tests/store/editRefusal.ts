/** The refusal a plan edit ends in, failing the test when the edit went through or failed otherwise. */
import { expect } from 'vitest';
import { EditRefusal } from '../../server/store/plans/editRefusal';

export async function refusal(work: Promise<unknown>): Promise<EditRefusal> {
  const error = await work.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(EditRefusal);
  return error as EditRefusal;
}
