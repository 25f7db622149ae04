/** One project as the portfolio table shows it on a day; portfolio.ts builds, filters and sorts these. */
import type { IsoDate } from '../model';
import type { Project, ProjectStatus } from './model';
import type { ProjectRowField } from './fields';

/** A project as the portfolio table shows it on `date`. */
export interface ProjectRow extends Pick<Project, ProjectRowField> {
  /** The status on the day. */
  status: ProjectStatus;
  /** The first day the project stood at started or later, if on or before the day. */
  startedOn: IsoDate | null;
  /** The first day it stood at in production or later, if on or before the day. */
  inProductionOn: IsoDate | null;
  /** The first day it was completed, if on or before the day. */
  completedOn: IsoDate | null;
  /** Investment within the day's year, through the day's month, in 亿元. */
  investedToDate: number;
}
