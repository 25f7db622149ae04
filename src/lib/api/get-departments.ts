/**
 * The managed departments of an organisation (`GET /api/departments?organisation=`), retired ones
 * included: forms offer those in force, and show a retired one only where it is still chosen.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { queryString, requestJson } from '../../api/client';
import { departmentsResponseSchema } from '../../api/plansContract';
import { queryKeys } from '../queryKeys';

export function departmentsQueryOptions(organisation: string) {
  return queryOptions({
    queryKey: queryKeys.departments.ofOrganisation(organisation),
    queryFn: ({ signal }) =>
      requestJson(`/departments${queryString({ organisation })}`, departmentsResponseSchema, { signal }),
  });
}

export function useDepartments(organisation: string | undefined) {
  return useQuery({ ...departmentsQueryOptions(organisation ?? ''), enabled: Boolean(organisation) });
}
