/** Lead departments (牵头单位) chosen for many indicators at once from the managed list, saved all or nothing. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Indicator, Plan } from '../../domain/model';
import { useLocalized } from '../../i18n/localized';
import { useDepartments } from '../../lib/api/get-departments';
import { useAssignLeadDepartments } from './api/content-writes';
import { WriteStatus } from './WriteStatus';

export function LeadDepartmentsForm({ plan, indicators }: { plan: Plan; indicators: readonly Indicator[] }) {
  const { t } = useTranslation('planAdmin');
  const { pick } = useLocalized();
  const departments = useDepartments(plan.zone.zh).data?.departments ?? [];
  const assign = useAssignLeadDepartments(plan.id);
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const [savedCount, setSavedCount] = useState<number | null>(null);
  const names = departments
    .filter((department) => !department.retired)
    .map((department) => department.name.zh);
  const valueOf = (indicator: Indicator) => chosen[indicator.id] ?? indicator.leadDepartment ?? '';
  const changed = indicators.filter((indicator) => valueOf(indicator) !== (indicator.leadDepartment ?? ''));

  return (
    <form
      className="panel plan-admin__form"
      aria-labelledby="lead-departments-heading"
      onSubmit={(event) => {
        event.preventDefault();
        setSavedCount(null);
        if (changed.length === 0) {
          setSavedCount(0);
          return;
        }
        assign.mutate(
          changed.map((indicator) => ({
            indicatorId: indicator.id,
            leadDepartment: valueOf(indicator) === '' ? null : valueOf(indicator),
            expectedVersion: indicator.version,
          })),
          {
            onSuccess: () => {
              setSavedCount(changed.length);
              setChosen({});
            },
          },
        );
      }}
    >
      <h2 id="lead-departments-heading" className="panel__title">
        {t('indicators.bulkHeading')}
      </h2>
      <p className="plan-admin__hint">{t('indicators.bulkHint')}</p>
      <div className="plan-admin__table-wrap">
        <table className="plan-admin__table">
          <tbody>
            {indicators.map((indicator) => {
              const name = pick(indicator.name);
              const current = valueOf(indicator);
              const options = current !== '' && !names.includes(current) ? [...names, current] : names;
              return (
                <tr key={indicator.id}>
                  <th scope="row">
                    <label htmlFor={`lead-${indicator.id}`}>{name}</label>
                  </th>
                  <td>
                    <select
                      id={`lead-${indicator.id}`}
                      className="select"
                      aria-label={t('indicators.leadOf', { name })}
                      value={current}
                      onChange={(event) => setChosen({ ...chosen, [indicator.id]: event.target.value })}
                    >
                      <option value="">{t('indicators.noLead')}</option>
                      {options.map((option) => (
                        <option key={option} value={option}>
                          {option}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="plan-admin__buttons">
        <button type="submit" className="button button--primary" disabled={assign.isPending}>
          {assign.isPending ? t('common.saving') : t('indicators.bulkSave')}
        </button>
      </div>
      {savedCount !== null ? (
        <p className="plan-admin__status" role="status">
          {savedCount === 0 ? t('indicators.bulkNothing') : t('indicators.bulkSaved', { count: savedCount })}
        </p>
      ) : (
        <WriteStatus error={assign.error} />
      )}
    </form>
  );
}
