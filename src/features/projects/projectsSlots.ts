/**
 * What the project list shows from other features: the export buttons. The projects feature
 * never imports them; the page that puts it together (src/app/pages/ProjectsPage.tsx) hands them
 * in. Left out, they show nothing.
 */
import { createContext, useContext, type ComponentType } from 'react';
import type { Period } from '../../domain/model';

export interface ProjectsSlots {
  ExportButtons: ComponentType<{ planId: string; asOf: Period | undefined }>;
}

export const ProjectsSlotsContext = createContext<ProjectsSlots>({ ExportButtons: () => null });

export function useProjectsSlots(): ProjectsSlots {
  return useContext(ProjectsSlotsContext);
}
