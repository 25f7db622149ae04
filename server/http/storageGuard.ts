/**
 * Storage failures become 503 `unavailable`: every store call that rejects for a reason the port
 * does not name is reported as such, with the original error kept as the cause for the server log.
 */
import { UnknownIndicatorError } from '../store/errors';
import { EditRefusal } from '../store/plans/editRefusal';
import type { Store } from '../store/port';
import { ApiProblem } from './errors';

function asProblem(error: unknown): ApiProblem {
  if (error instanceof ApiProblem) return error;
  if (error instanceof UnknownIndicatorError) return new ApiProblem('notFound', { field: 'indicatorId' });
  if (error instanceof EditRefusal)
    return new ApiProblem(error.code === 'invalid' ? 'invalidBody' : error.code, {
      field: error.field,
      ...error.details,
    });
  return new ApiProblem('unavailable', { cause: error });
}

/** Guards every method of `port`, and of the sub-ports it carries (`store.audit`, `store.presentations`…). */
function guardPort<Port extends object>(port: Port): Port {
  return new Proxy(port, {
    get(target, key) {
      const member: unknown = Reflect.get(target, key, target);
      if (typeof member === 'object' && member !== null) return guardPort(member);
      if (typeof member !== 'function') return member;
      return async (...args: unknown[]) => {
        try {
          return await member.apply(target, args);
        } catch (error) {
          throw asProblem(error);
        }
      };
    },
  });
}

export function guardStorage(store: Store): Store {
  return guardPort(store);
}
