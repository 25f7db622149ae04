/**
 * What the overview shows from other features: the export buttons, the admins' action-to-task
 * mapping and the link to the projects behind a derived indicator. The overview never imports
 * them; the page that puts the overview together (src/app/pages/OverviewPage.tsx) hands them in.
 * Left out (as in a test of the overview alone), they show nothing.
 */
import { createContext, useContext, type ComponentType } from 'react';
import type { CampaignAction, CentralTask, Indicator, Period } from '../../domain/model';
import type { Locale } from '../../i18n/locales';

export interface OverviewSlots {
  ExportButtons: ComponentType<{ planId: string; asOf: Period | undefined }>;
  ActionTaskMapping: ComponentType<{
    planId: string;
    actions: readonly CampaignAction[];
    tasks: readonly CentralTask[];
  }>;
  SeeProjectsLink: ComponentType<{ indicator: Indicator; asOf: Period | undefined; locale: Locale }>;
}

const nothing = () => null;

export const OverviewSlotsContext = createContext<OverviewSlots>({
  ExportButtons: nothing,
  ActionTaskMapping: nothing,
  SeeProjectsLink: nothing,
});

export function useOverviewSlots(): OverviewSlots {
  return useContext(OverviewSlotsContext);
}
