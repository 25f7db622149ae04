/**
 * `/plans/:planId/admin/departments`: the managed departments of the plan's organisation (牵头单位
 * and 责任单位): add, rename, retire and restore. Lead departments are assigned on the indicators screen.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../components/states/ErrorState';
import { LoadingState } from '../../components/states/LoadingState';
import type { Bilingual, Department, Plan } from '../../domain/model';
import { useDepartments } from '../../lib/api/get-departments';
import { useAddDepartment, useEditDepartment, useRetireDepartment } from './api/content-writes';
import { BilingualInputs } from './BilingualInputs';
import { FrameItemRow } from './FrameItemRow';
import { byOrder } from './frameOrder';
import { PlanAdminFrame } from './PlanAdminFrame';
import { serverErrorFor } from './writeErrors';
import { WriteStatus } from './WriteStatus';

export default function DepartmentsAdminPage() {
  const { t } = useTranslation('planAdmin');
  return (
    <PlanAdminFrame heading={(plan) => t('nav.departments') + ' · ' + plan}>
      {({ plan }) => <Departments plan={plan} />}
    </PlanAdminFrame>
  );
}

function Departments({ plan }: { plan: Plan }) {
  const { t } = useTranslation('planAdmin');
  const organisation = plan.zone.zh;
  const list = useDepartments(organisation);
  if (list.isPending) return <LoadingState />;
  if (list.isError) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  const all = byOrder(list.data.departments.map((department, order) => ({ ...department, order })));
  const active = all.filter((department) => !department.retired);
  const retired = all.filter((department) => department.retired);
  return (
    <>
      <section className="panel" aria-labelledby="departments-heading">
        <h2 id="departments-heading" className="panel__title">
          {t('departments.title', { organisation })}
        </h2>
        <p className="plan-admin__hint">{t('departments.intro')}</p>
        {active.length === 0 ? <p>{t('departments.none')}</p> : null}
        <ul className="plan-admin__items">
          {active.map((department) => (
            <DepartmentRow key={department.id} department={department} />
          ))}
        </ul>
        <AddDepartmentForm organisation={organisation} />
      </section>
      <section className="panel" aria-labelledby="departments-retired">
        <h2 id="departments-retired" className="panel__title">
          {t('common.retiredHeading')}
        </h2>
        {retired.length === 0 ? <p>{t('common.noneRetired')}</p> : null}
        <ul className="plan-admin__items">
          {retired.map((department) => (
            <DepartmentRow key={department.id} department={department} />
          ))}
        </ul>
      </section>
    </>
  );
}

function DepartmentRow({ department }: { department: Department }) {
  const edit = useEditDepartment();
  const retire = useRetireDepartment();
  return (
    <>
      <FrameItemRow
        name={department.name}
        position={0}
        count={1}
        retired={department.retired}
        pending={edit.isPending || retire.isPending}
        onMove={() => undefined}
        reorderable={false}
        onRetire={(retired) =>
          retire.mutate({
            departmentId: department.id,
            restore: !retired,
            expectedVersion: department.version,
          })
        }
        onRename={(name) =>
          edit.mutateAsync({
            departmentId: department.id,
            patch: { name },
            expectedVersion: department.version,
          })
        }
        renameError={edit.error}
      />
      <WriteStatus error={retire.error} />
    </>
  );
}

function AddDepartmentForm({ organisation }: { organisation: string }) {
  const { t } = useTranslation('planAdmin');
  const add = useAddDepartment();
  const empty: Bilingual = { zh: '', en: '' };
  const [name, setName] = useState(empty);
  return (
    <form
      className="plan-admin__inline-form"
      aria-label={t('departments.add')}
      onSubmit={(event) => {
        event.preventDefault();
        add.mutate(
          { organisation, name: { zh: name.zh.trim(), en: name.en.trim() } },
          { onSuccess: () => setName(empty) },
        );
      }}
    >
      <BilingualInputs
        label={t('departments.name')}
        value={name}
        onChange={setName}
        errors={{ zh: serverErrorFor(add.error, 'name.zh'), en: serverErrorFor(add.error, 'name.en') }}
      />
      <button type="submit" className="button button--primary" disabled={add.isPending}>
        {t('departments.add')}
      </button>
      <WriteStatus error={add.error} saved={add.isSuccess} shownFields={['name']} />
    </form>
  );
}
