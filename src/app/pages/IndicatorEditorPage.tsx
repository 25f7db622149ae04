/**
 * `/plans/:planId/admin/indicators/new` and `…/indicators/:indicatorId`: the indicator editor
 * (definitions) inside the plan's administration (planAdmin). A new indicator goes under the action
 * named by `?action=`; once created, its own editor opens.
 */
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { DefinitionForm } from '../../features/definitions/DefinitionForm';
import '../../features/definitions/definitions.css';
import { PlanAdminFrame } from '../../features/planAdmin/PlanAdminFrame';
import { useLocalized } from '../../i18n/localized';
import { usePlanIndicators } from '../../lib/api/get-plan-indicators';
import { NotFoundPage } from '../NotFoundPage';

export default function IndicatorEditorPage() {
  const { t } = useTranslation('planAdmin');
  const { pick } = useLocalized();
  const { planId = '', indicatorId } = useParams<{ planId: string; indicatorId: string }>();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const indicators = usePlanIndicators(planId).data?.indicators;
  const indicator = indicatorId === undefined ? null : indicators?.find((each) => each.id === indicatorId);
  const listPath = `/plans/${encodeURIComponent(planId)}/admin/indicators`;

  return (
    <PlanAdminFrame
      heading={(plan) =>
        indicator
          ? t('indicators.editTitle', { name: pick(indicator.name) })
          : `${t('indicators.newTitle')} · ${plan}`
      }
    >
      {({ plan }) =>
        indicators === undefined ? null : indicator === undefined ? (
          <NotFoundPage />
        ) : (
          <section className="panel definitions">
            <p>
              <Link to={listPath}>{t('indicators.back')}</Link>
            </p>
            <DefinitionForm
              key={indicator ? `${indicator.id}-${indicator.version}` : 'new'}
              plan={plan}
              indicators={indicators}
              indicator={indicator}
              actionId={search.get('action') ?? ''}
              onSaved={(saved) => {
                if (!indicator) void navigate(`${listPath}/${encodeURIComponent(saved.id)}`);
              }}
            />
          </section>
        )
      }
    </PlanAdminFrame>
  );
}
