/**
 * 批量填报 (`/entry?period=2024-03`): every indicator the signed-in user may write, for one period,
 * in a keyboard-driven grid that takes blocks pasted from Excel. One 保存 saves every changed row
 * or none; a row someone else saved meanwhile opens the conflict dialog.
 */
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { mayWriteFor } from '../../api/authContract';
import { ApiError } from '../../api/client';
import type { ValueConflict } from '../../api/valuesContract';
import { EmptyState } from '../../components/states/EmptyState';
import { ErrorState } from '../../components/states/ErrorState';
import { LoadingState } from '../../components/states/LoadingState';
import { errorMessageKey } from '../../components/states/errorMessageKey';
import { formatPeriod, formatValue } from '../../domain/format';
import { periodSchema } from '../../domain/model';
import { todayInChina } from '../../domain/period';
import { isTypedIn, parseTypedNumber, reportsIn } from '../../domain/valueRules';
import { useLocalized } from '../../i18n/localized';
import { useSession } from '../../lib/api/get-session';
import { formatRecordedAt } from '../../lib/formatRecordedAt';
import { usePlanTree } from '../../lib/api/get-plan-tree';
import { usePlans } from '../../lib/api/get-plans';
import { gridConflictsOf, useSaveGrid } from './api/save-values';
import { ConflictDialog } from './ConflictDialog';
import { EntryGrid } from './EntryGrid';
import { SubmitDraftsButton } from './SubmitDraftsButton';
import { entryPeriods, useFigureText } from './entryText';
import { checkDraft, inPlanOrder, keepMine, takeTheirs, type GridDraft, type GridRow } from './gridModel';
import './entry.css';
import { usePlanId } from '../../lib/plan/usePlanId';
import { planPath } from '../../lib/plan/planAddress';

/** The row a server refusal `writes.N.field` points at. */
const writeFieldPattern = /^writes\.(\d+)\./;

function PageFrame({ children, reviewFigures = false }: { children: ReactNode; reviewFigures?: boolean }) {
  const { t } = useTranslation('entry');
  return (
    <section className="page entry-grid-page" aria-labelledby="entry-grid-title">
      <h1 id="entry-grid-title" className="page__title">
        {t('grid.title')}
      </h1>
      <p className="entry-grid-page__intro">{t('grid.intro')}</p>
      {reviewFigures ? <p className="entry-grid-page__intro">{t('grid.reviewIntro')}</p> : null}
      {children}
    </section>
  );
}

export default function EntryGridPage() {
  const { t } = useTranslation('entry');
  const { locale, pick } = useLocalized();
  const session = useSession();
  const plans = usePlans();
  const planId = usePlanId();
  const plan = plans.data?.plans.find((candidate) => candidate.id === planId);
  // The current figures, drafts too: their versions are what a save replaces.
  const tree = usePlanTree(plan?.id, undefined, 'current');
  const [searchParams, setSearchParams] = useSearchParams();
  const today = todayInChina();
  const periods = useMemo(
    () => (plan ? entryPeriods({ frequency: 'monthly' }, plan.year, today) : []),
    [plan, today],
  );
  const asked = periodSchema.safeParse(searchParams.get('period'));
  const period =
    asked.success && periods.includes(asked.data) ? asked.data : (periods[periods.length - 1] ?? null);

  const user = session.data?.user ?? null;
  const failed = [session, plans, tree].find((query) => query.isError);
  if (failed)
    return (
      <PageFrame>
        <ErrorState error={failed.error} onRetry={() => void failed.refetch()} retrying={failed.isFetching} />
      </PageFrame>
    );
  if (session.isPending || plans.isPending || (plan && tree.isPending))
    return (
      <PageFrame>
        <LoadingState blocks={4} />
      </PageFrame>
    );
  if (!user || user.role === 'viewer')
    return (
      <PageFrame>
        <EmptyState title={t('grid.signIn')} />
      </PageFrame>
    );
  if (!plan || !tree.data || period === null)
    return (
      <PageFrame>
        <EmptyState title={t('form.noPeriods')} />
      </PageFrame>
    );

  const { indicators, values } = tree.data;
  const writable = inPlanOrder(
    indicators.filter((indicator) => isTypedIn(indicator) && mayWriteFor(user, indicator.leadDepartment)),
    tree.data.plan.actions,
  );
  const rows: GridRow[] = writable
    .filter((indicator) => indicator.kind !== 'milestone' && reportsIn(indicator, period))
    .map((indicator) => ({
      indicator,
      current: values.find((value) => value.indicatorId === indicator.id && value.period === period) ?? null,
      history: values
        .filter((value) => value.indicatorId === indicator.id)
        .map((value) => ({ period: value.period, value: value.value })),
    }));
  const elsewhere = writable.filter((indicator) => indicator.kind === 'milestone');
  const reviewFigures = tree.data.plan.reviewFigures === true;

  return (
    <PageFrame reviewFigures={reviewFigures}>
      <div className="entry-grid-page__period">
        <label htmlFor="entry-grid-period">{t('grid.period')}</label>
        <select
          id="entry-grid-period"
          className="select"
          value={period}
          onChange={(event) => setSearchParams({ period: event.target.value })}
        >
          {periods.map((option) => (
            <option key={option} value={option}>
              {formatPeriod(option, locale)}
            </option>
          ))}
        </select>
      </div>
      {rows.length === 0 ? (
        <EmptyState title={t('grid.none')} />
      ) : (
        <PeriodGridView
          key={period}
          planId={plan.id}
          period={period}
          rows={rows}
          reviewFigures={reviewFigures}
        />
      )}
      {elsewhere.length > 0 ? (
        <p className="entry-grid-page__elsewhere">
          {t('grid.elsewhere')}
          {elsewhere.map((indicator) => (
            <Link
              key={indicator.id}
              to={planPath(indicator.planId, `indicators/${encodeURIComponent(indicator.id)}`)}
              className="entry-grid-page__link"
            >
              {pick(indicator.name)}
            </Link>
          ))}
        </p>
      ) : null}
    </PageFrame>
  );
}

interface PeriodGridViewProps {
  planId: string;
  period: string;
  rows: GridRow[];
  /** The plan's figures are reviewed: saves keep drafts, 报送 submits them, each row shows its state. */
  reviewFigures?: boolean;
}

/** The grid of one period with its draft, its save and its conflicts. */
export function PeriodGridView({ planId, period, rows, reviewFigures = false }: PeriodGridViewProps) {
  const { t } = useTranslation('entry');
  const { t: tc } = useTranslation();
  const { locale, pick } = useLocalized();
  const figureText = useFigureText();
  const save = useSaveGrid(planId);
  const [draft, setDraft] = useState<GridDraft>({});
  const [serverIssues, setServerIssues] = useState<Record<string, { text: string }>>({});
  const [conflicts, setConflicts] = useState<ValueConflict[] | null>(null);
  const [notice, setNotice] = useState<{ kind: 'status' | 'alert'; text: string } | null>(null);
  const today = todayInChina();
  const { writes, issues } = checkDraft(rows, draft, today, period);

  function changeDraft(next: GridDraft) {
    setDraft(next);
    setServerIssues({});
    setNotice(null);
  }

  function submit(toSave: GridDraft) {
    const checked = checkDraft(rows, toSave, today, period);
    const invalid = Object.keys(checked.issues).length;
    if (invalid > 0) {
      setNotice({ kind: 'alert', text: t('grid.invalid', { count: invalid }) });
      return;
    }
    if (checked.writes.length === 0) {
      setNotice({ kind: 'status', text: t('grid.nothingChanged') });
      return;
    }
    setNotice(null);
    save.mutate(
      { period, writes: checked.writes },
      {
        onSuccess: ({ saved }) => {
          setDraft({});
          setConflicts(null);
          setNotice({ kind: 'status', text: t('grid.saved', { count: saved.length }) });
        },
        onError: (error) => {
          const stale = gridConflictsOf(error);
          if (stale) {
            setConflicts(stale);
            return;
          }
          const index =
            error instanceof ApiError ? writeFieldPattern.exec(error.field ?? '')?.[1] : undefined;
          const write = index === undefined ? undefined : checked.writes[Number(index)];
          if (write) setServerIssues({ [write.indicatorId]: { text: error.message } });
          setNotice({
            kind: 'alert',
            text: write ? t('grid.invalid', { count: 1 }) : tc(errorMessageKey(error)),
          });
        },
      },
    );
  }

  const rowOf = (indicatorId: string) => rows.find((row) => row.indicator.id === indicatorId);

  return (
    <>
      <EntryGrid
        rows={rows}
        draft={draft}
        onDraftChange={changeDraft}
        issues={{ ...issues, ...serverIssues }}
        caption={t('grid.caption', { period: formatPeriod(period, locale) })}
        locale={locale}
        period={period}
        reviewFigures={reviewFigures}
      />
      <div className="entry-grid-page__actions">
        <button
          type="button"
          className={reviewFigures ? 'button' : 'button button--primary'}
          disabled={save.isPending}
          onClick={() => submit(draft)}
        >
          {save.isPending ? t('grid.saving') : t(reviewFigures ? 'grid.saveDraft' : 'grid.save')}
        </button>
        {reviewFigures ? (
          <SubmitDraftsButton
            planId={planId}
            rows={rows}
            unsaved={writes.length > 0}
            busy={save.isPending}
            onNotice={setNotice}
          />
        ) : null}
        {Object.keys(draft).length > 0 ? (
          <button type="button" className="button" disabled={save.isPending} onClick={() => changeDraft({})}>
            {t('grid.discard')}
          </button>
        ) : null}
        <p className="entry-grid-page__count">
          {writes.length > 0 ? t('grid.changed', { count: writes.length }) : null}
        </p>
        <p className="entry-grid-page__notice" role="status">
          {notice?.kind === 'status' ? notice.text : null}
        </p>
        <p className="entry-grid-page__notice entry-grid-page__notice--alert" role="alert">
          {notice?.kind === 'alert' ? notice.text : null}
        </p>
      </div>
      {conflicts ? (
        <ConflictDialog
          busy={save.isPending}
          items={conflicts.map((conflict) => {
            const row = rowOf(conflict.indicatorId);
            const typed = draft[conflict.indicatorId]?.value ?? '';
            const number = parseTypedNumber(typed);
            const mine =
              row && row.indicator.kind !== 'qualitative' && typeof number === 'number'
                ? formatValue(number, row.indicator, locale)
                : typed;
            return {
              key: conflict.indicatorId,
              label: t('conflict.item', {
                indicator: row ? pick(row.indicator.name) : conflict.indicatorId,
                period: formatPeriod(conflict.period, locale),
              }),
              mine: mine === '' ? '—' : mine,
              theirs: conflict.current && row ? figureText(row.indicator, conflict.current, locale) : null,
              savedBy: conflict.current
                ? t('conflict.by', {
                    who: conflict.current.recordedBy,
                    time: formatRecordedAt(conflict.current.recordedAt, locale),
                  })
                : null,
            };
          })}
          onKeepMine={() => {
            const next = keepMine(draft, conflicts);
            setDraft(next);
            submit(next);
          }}
          onTakeTheirs={() => {
            setDraft(
              takeTheirs(
                draft,
                conflicts.map((conflict) => conflict.indicatorId),
              ),
            );
            setConflicts(null);
            save.reset();
          }}
          onDismiss={() => setConflicts(null)}
        />
      ) : null}
    </>
  );
}
