/**
 * The plan whose reporting calendar a screen's overdue marks follow (its due day, where it sets
 * one). A screen that shows many indicators provides it once instead of handing it to every row.
 */
import { createContext, useContext } from 'react';

export interface ReportingPlan {
  reportingDueDay?: number | null | undefined;
}

export const ReportingPlanContext = createContext<ReportingPlan | null>(null);

export function useReportingPlan(): ReportingPlan | null {
  return useContext(ReportingPlanContext);
}
