/** The presentation's address: `?deck=<id>` for a saved deck, `?asOf=2024-10` for a past month. */
import { useSearchParams } from 'react-router';
import { idParamSchema } from '../../api/contract';
import { readAsOf } from '../../lib/asOfParam';
import type { Period } from '../../domain/model';

export interface PresentSearch {
  deckId: string | undefined;
  asOf: Period | undefined;
  /** The query string to keep while moving between slides, e.g. `?deck=…`. */
  search: string;
}

export function usePresentSearch(): PresentSearch {
  const [params] = useSearchParams();
  const deck = idParamSchema.safeParse(params.get('deck'));

  const search = params.toString();
  return {
    deckId: deck.success ? deck.data : undefined,
    asOf: readAsOf(params),
    search: search ? `?${search}` : '',
  };
}
