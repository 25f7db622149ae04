/**
 * Every managed department in force, of every organisation (`GET /api/departments`): the names an
 * account may be scoped to, as the server checks them. Sorted by their Chinese names.
 */
import { useQuery } from '@tanstack/react-query';
import { requestJson } from '../../../api/client';
import { departmentsResponseSchema } from '../../../api/plansContract';
import type { Department } from '../../../domain/model';
import { queryKeys } from '../../../lib/queryKeys';

export function useManagedDepartments(enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.departments.all(),
    queryFn: ({ signal }) => requestJson('/departments', departmentsResponseSchema, { signal }),
    select: ({ departments }): Department[] =>
      departments
        .filter((department) => !department.retired)
        .sort((a, b) => a.name.zh.localeCompare(b.name.zh, 'zh-CN')),
    enabled,
  });
}
