/**
 * The header's plan switcher: a button naming the plan on screen, which opens the plans by
 * organisation and year, archived ones marked (归档) and listed last. Choosing one keeps the same
 * screen where the other plan has it (lib/plan/samePlaceIn.ts). Keyboard: Enter or Space opens,
 * Tab moves through the plans, Esc closes and returns to the button; a click elsewhere closes it.
 */
import { Check, ChevronDown } from 'lucide-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { PlanSummary } from '../../domain/model';
import { useLocalized } from '../../i18n/localized';
import { planListPath } from '../../lib/plan/planAddress';
import { planGroups, type PlanGroup } from '../../lib/plan/planGroups';
import { samePlaceIn } from '../../lib/plan/samePlaceIn';
import { useHydrated } from '../../lib/useHydrated';
import './planSwitcher.css';

interface PlanSwitcherProps {
  plans: readonly PlanSummary[];
  current: PlanSummary | undefined;
}

export function PlanSwitcher({ plans, current }: PlanSwitcherProps) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const { pathname, search } = useLocation();
  const hydrated = useHydrated();
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const panelId = useId();
  const { current: currentGroups, archived } = planGroups(plans);

  useEffect(() => {
    if (!open) return;
    const chosen = panelRef.current?.querySelector<HTMLElement>('[aria-current="true"]');
    (chosen ?? panelRef.current?.querySelector<HTMLElement>('a'))?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      setOpen(false);
      buttonRef.current?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      if (event.target instanceof Node && !rootRef.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  const renderGroup = (group: PlanGroup, isArchived: boolean) => {
    const [first] = group.plans; // the organisation's name is on each of its plans
    return (
      <li
        key={`${isArchived ? 'archived' : 'current'}-${group.organisation}`}
        className="plan-switcher__group"
      >
        <p className="plan-switcher__organisation">{first ? pick(first.zone) : group.organisation}</p>
        <ul className="plan-switcher__plans">
          {group.plans.map((plan) => {
            const chosen = plan.id === current?.id;
            return (
              <li key={plan.id}>
                <Link
                  to={samePlaceIn(plan.id, pathname, search)}
                  className="plan-switcher__plan"
                  aria-current={chosen ? 'true' : undefined}
                  onClick={() => setOpen(false)}
                >
                  <span className="plan-switcher__year">{t('plan.year', { year: plan.year })}</span>
                  <span className="plan-switcher__name">{pick(plan.title)}</span>
                  {plan.archived ? (
                    <span className="plan-switcher__archived">({t('plan.archived')})</span>
                  ) : null}
                  {chosen ? (
                    <Check aria-hidden="true" focusable="false" className="plan-switcher__check" />
                  ) : null}
                </Link>
              </li>
            );
          })}
        </ul>
      </li>
    );
  };

  return (
    <div className="plan-switcher" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="plan-switcher__button"
        aria-expanded={open}
        aria-controls={panelId}
        disabled={!hydrated}
        onClick={() => setOpen((value) => !value)}
      >
        <span className="visually-hidden">{t('plan.switcher')}: </span>
        <span className="plan-switcher__current">{current ? pick(current.title) : t('plan.listTitle')}</span>
        {current?.archived ? <span className="plan-switcher__archived">({t('plan.archived')})</span> : null}
        <ChevronDown aria-hidden="true" focusable="false" className="plan-switcher__chevron" />
      </button>
      <div
        ref={panelRef}
        id={panelId}
        className="plan-switcher__panel"
        role="group"
        aria-label={t('plan.switcher')}
        hidden={!open}
      >
        <ul className="plan-switcher__groups">
          {currentGroups.map((group) => renderGroup(group, false))}
          {archived.map((group) => renderGroup(group, true))}
        </ul>
        <Link to={planListPath} className="plan-switcher__all" onClick={() => setOpen(false)}>
          {t('plan.listTitle')}
        </Link>
      </div>
    </div>
  );
}
