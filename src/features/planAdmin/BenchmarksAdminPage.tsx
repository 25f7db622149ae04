/**
 * `/plans/:planId/admin/benchmarks`: benchmark series that relative targets compare with (全省规上
 * 工业增加值增速): create, rename, retire and restore, and their figures entered month by month.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../components/states/ErrorState';
import { LoadingState } from '../../components/states/LoadingState';
import { unitSchema, type BenchmarkSeries, type Bilingual, type Plan, type Unit } from '../../domain/model';
import { useLocalized } from '../../i18n/localized';
import { useBenchmarks } from '../../lib/api/get-benchmarks';
import {
  useAddBenchmark,
  useBenchmarkPoints,
  useEditBenchmark,
  useRetireBenchmark,
} from './api/content-writes';
import { BilingualInputs } from './BilingualInputs';
import { describedBy, FieldMessage } from './FieldMessage';
import { FrameItemRow } from './FrameItemRow';
import { PlanAdminFrame } from './PlanAdminFrame';
import { serverErrorFor } from './writeErrors';
import { WriteStatus } from './WriteStatus';

export default function BenchmarksAdminPage() {
  const { t } = useTranslation('planAdmin');
  return (
    <PlanAdminFrame heading={(plan) => t('benchmarks.title', { plan })}>
      {({ plan }) => <Benchmarks plan={plan} />}
    </PlanAdminFrame>
  );
}

function Benchmarks({ plan }: { plan: Plan }) {
  const { t } = useTranslation('planAdmin');
  const list = useBenchmarks(plan.id);
  if (list.isPending) return <LoadingState />;
  if (list.isError) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  const series = list.data.benchmarks;
  const active = series.filter((each) => !each.retired);
  const retired = series.filter((each) => each.retired);
  return (
    <>
      <p className="plan-admin__hint">{t('benchmarks.intro')}</p>
      {active.length === 0 ? <p>{t('benchmarks.none')}</p> : null}
      {active.map((each) => (
        <section key={each.id} className="panel">
          <ul className="plan-admin__items">
            <SeriesRow plan={plan} series={each} />
          </ul>
          <SeriesPoints plan={plan} series={each} />
        </section>
      ))}
      <section className="panel" aria-labelledby="benchmarks-add">
        <h2 id="benchmarks-add" className="panel__title">
          {t('benchmarks.add')}
        </h2>
        <AddSeriesForm plan={plan} />
      </section>
      <section className="panel" aria-labelledby="benchmarks-retired">
        <h2 id="benchmarks-retired" className="panel__title">
          {t('common.retiredHeading')}
        </h2>
        {retired.length === 0 ? <p>{t('common.noneRetired')}</p> : null}
        <ul className="plan-admin__items">
          {retired.map((each) => (
            <SeriesRow key={each.id} plan={plan} series={each} />
          ))}
        </ul>
      </section>
    </>
  );
}

function SeriesRow({ plan, series }: { plan: Plan; series: BenchmarkSeries }) {
  const edit = useEditBenchmark(plan.id);
  const retire = useRetireBenchmark(plan.id);
  return (
    <>
      <FrameItemRow
        name={series.name}
        position={0}
        count={1}
        retired={series.retired}
        reorderable={false}
        pending={edit.isPending || retire.isPending}
        onMove={() => undefined}
        onRetire={(retired) =>
          retire.mutate({ seriesId: series.id, restore: !retired, expectedVersion: series.version })
        }
        onRename={(name) =>
          edit.mutateAsync({ seriesId: series.id, patch: { name }, expectedVersion: series.version })
        }
        renameError={edit.error}
      />
      <WriteStatus error={retire.error} />
    </>
  );
}

function monthOf(year: number, index: number): string {
  return `${year}-${String(index + 1).padStart(2, '0')}`;
}

/**
 * The month-by-month form of one series. The save outlives the form, which starts afresh from the
 * stored points at each new version, so that 已保存 stays in view after the save.
 */
function SeriesPoints({ plan, series }: { plan: Plan; series: BenchmarkSeries }) {
  const save = useBenchmarkPoints(plan.id);
  return <PointsForm key={series.version} plan={plan} series={series} save={save} />;
}

interface PointsFormProps {
  plan: Plan;
  series: BenchmarkSeries;
  save: ReturnType<typeof useBenchmarkPoints>;
}

function PointsForm({ plan, series, save }: PointsFormProps) {
  const { t } = useTranslation('planAdmin');
  const { pick } = useLocalized();
  const id = useId();
  const stored = new Map(series.points.map((point) => [point.period, point.value]));
  const [values, setValues] = useState(() =>
    Array.from({ length: 12 }, (_, index) => {
      const value = stored.get(monthOf(plan.year, index));
      return value === undefined ? '' : String(value);
    }),
  );
  const invalid = values.map((value) => value.trim() !== '' && !Number.isFinite(Number(value)));
  const [tried, setTried] = useState(false);
  const name = pick(series.name);

  return (
    <form
      className="plan-admin__form"
      aria-label={t('benchmarks.points', { name })}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setTried(true);
        if (invalid.some(Boolean)) return;
        save.mutate({
          seriesId: series.id,
          expectedVersion: series.version,
          points: values.map((value, index) => ({
            period: monthOf(plan.year, index),
            value: value.trim() === '' ? null : Number(value),
          })),
        });
      }}
    >
      <fieldset className="plan-admin__group">
        <legend>{t('benchmarks.points', { name })}</legend>
        <div className="plan-admin__months">
          {values.map((value, index) => {
            const month = index + 1;
            const message =
              tried && invalid[index]
                ? t('benchmarks.pointInvalid', { month })
                : serverErrorFor(save.error, `points.${index}.value`);
            return (
              <div key={month} className="plan-admin__field">
                <label htmlFor={`${id}-${month}`}>{t('benchmarks.month', { month })}</label>
                <input
                  id={`${id}-${month}`}
                  className="plan-admin__input plan-admin__input--number"
                  inputMode="decimal"
                  value={value}
                  onChange={(event) =>
                    setValues(values.map((each, at) => (at === index ? event.target.value : each)))
                  }
                  {...describedBy(`${id}-${month}-error`, message)}
                />
                <FieldMessage id={`${id}-${month}-error`} message={message} />
              </div>
            );
          })}
        </div>
      </fieldset>
      <div className="plan-admin__buttons">
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {save.isPending ? t('common.saving') : t('benchmarks.savePoints')}
        </button>
      </div>
      <WriteStatus error={save.error} saved={save.isSuccess} shownFields={['points']} />
    </form>
  );
}

function AddSeriesForm({ plan }: { plan: Plan }) {
  const { t } = useTranslation('planAdmin');
  const id = useId();
  const add = useAddBenchmark(plan.id);
  const empty: Bilingual = { zh: '', en: '' };
  const [name, setName] = useState(empty);
  const [unit, setUnit] = useState<Unit>('percent');
  return (
    <form
      className="plan-admin__form"
      aria-labelledby="benchmarks-add"
      onSubmit={(event) => {
        event.preventDefault();
        add.mutate(
          { name: { zh: name.zh.trim(), en: name.en.trim() }, unit },
          { onSuccess: () => setName(empty) },
        );
      }}
    >
      <BilingualInputs
        label={t('benchmarks.name')}
        value={name}
        onChange={setName}
        errors={{ zh: serverErrorFor(add.error, 'name.zh'), en: serverErrorFor(add.error, 'name.en') }}
      />
      <div className="plan-admin__field">
        <label htmlFor={`${id}-unit`}>{t('benchmarks.unit')}</label>
        <select
          id={`${id}-unit`}
          className="select"
          value={unit}
          onChange={(event) => setUnit(unitSchema.parse(event.target.value))}
        >
          {unitSchema.options.map((option) => (
            <option key={option} value={option}>
              {t(`benchmarks.units.${option}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="plan-admin__buttons">
        <button type="submit" className="button button--primary" disabled={add.isPending}>
          {t('benchmarks.add')}
        </button>
      </div>
      <WriteStatus error={add.error} saved={add.isSuccess} shownFields={['name']} />
    </form>
  );
}
