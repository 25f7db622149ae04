/** The filters of the project list: level, kind, chain or track, status, lead department and a search. */
import { Search } from 'lucide-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterField, FilterSelect } from '../../components/FilterSelect';
import {
  industryChainLabels,
  industryChains,
  industryTrackLabels,
  projectKindLabels,
  projectKinds,
  projectLevelLabels,
  projectLevels,
  projectStatusLabels,
  projectStatuses,
  tracksOfChain,
  type IndustryChain,
  type IndustryTrack,
} from '../../domain/projects/model';
import { useLocalized } from '../../i18n/localized';
import type { ProjectsSearch } from './useProjectsSearch';

interface ProjectFiltersProps {
  search: ProjectsSearch;
  departments: readonly string[];
}

/** One select for chain and track: `chain:newMaterials` or `track:carbonFibre`. */
function chainTrackValue(chain: IndustryChain | undefined, track: IndustryTrack | undefined): string {
  if (track) return `track:${track}`;
  return chain ? `chain:${chain}` : '';
}

export function ProjectFilters({ search, departments }: ProjectFiltersProps) {
  const { t } = useTranslation('projects');
  const { pick } = useLocalized();
  const { filter, setFilter, setChainAndTrack, hasFilter, clearFilters } = search;
  const searchId = useId();
  const searchHintId = useId();

  const onChainTrack = (value: string) => {
    const [type, name] = value.split(':') as [string, string | undefined];
    if (type === 'track' && name) {
      const chain = industryChains.find((c) => tracksOfChain(c).includes(name as IndustryTrack)) ?? null;
      setChainAndTrack(chain, name);
    } else setChainAndTrack(type === 'chain' && name ? name : null, null);
  };

  return (
    <div className="filters project-filters" role="group" aria-label={t('filters.heading')}>
      <div className="filters__field project-filters__search">
        <label htmlFor={searchId} className="filters__label">
          {t('filters.search')}
        </label>
        <span className="project-filters__search-box">
          <Search aria-hidden="true" focusable="false" className="project-filters__search-icon" />
          <input
            id={searchId}
            type="search"
            className="input project-filters__search-input"
            aria-describedby={searchHintId}
            value={filter.q ?? ''}
            onChange={(event) => setFilter('q', event.target.value || null)}
          />
        </span>
        <span id={searchHintId} className="project-filters__hint">
          {t('filters.searchHint')}
        </span>
      </div>
      <FilterSelect
        allLabel={t('filters.all')}
        name="level"
        label={t('filters.level')}
        value={filter.level}
        onChange={setFilter}
      >
        {projectLevels.map((level) => (
          <option key={level} value={level}>
            {pick(projectLevelLabels[level])}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect
        allLabel={t('filters.all')}
        name="kind"
        label={t('filters.kind')}
        value={filter.kind}
        onChange={setFilter}
      >
        {projectKinds.map((kind) => (
          <option key={kind} value={kind}>
            {pick(projectKindLabels[kind])}
          </option>
        ))}
      </FilterSelect>
      <FilterField label={t('filters.chain')}>
        {(id) => (
          <select
            id={id}
            className="select"
            value={chainTrackValue(filter.chain, filter.track)}
            onChange={(event) => onChainTrack(event.target.value)}
          >
            <option value="">{t('filters.all')}</option>
            {industryChains.map((chain) => (
              <optgroup key={chain} label={pick(industryChainLabels[chain])}>
                <option
                  value={`chain:${chain}`}
                >{`${pick(industryChainLabels[chain])} · ${t('filters.all')}`}</option>
                {tracksOfChain(chain).map((track) => (
                  <option key={track} value={`track:${track}`}>
                    {pick(industryTrackLabels[track])}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        )}
      </FilterField>
      <FilterSelect
        allLabel={t('filters.all')}
        name="status"
        label={t('filters.status')}
        value={filter.status}
        onChange={setFilter}
      >
        {projectStatuses.map((status) => (
          <option key={status} value={status}>
            {pick(projectStatusLabels[status])}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect
        allLabel={t('filters.all')}
        name="department"
        label={t('filters.department')}
        value={filter.department}
        onChange={setFilter}
      >
        {departments.map((department) => (
          <option key={department} value={department}>
            {department}
          </option>
        ))}
      </FilterSelect>
      {hasFilter ? (
        <button type="button" className="button filters__clear" onClick={clearFilters}>
          {t('filters.clear')}
        </button>
      ) : null}
    </div>
  );
}
