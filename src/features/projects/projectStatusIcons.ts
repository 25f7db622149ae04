/** The icon of each project status, always shown beside the status word, never alone. */
import { CircleCheckBig, CircleDashed, Construction, Factory, type LucideIcon } from 'lucide-react';
import type { ProjectStatus } from '../../domain/projects/model';

export const projectStatusIcon: Record<ProjectStatus, LucideIcon> = {
  planned: CircleDashed,
  started: Construction,
  inProduction: Factory,
  completed: CircleCheckBig,
};
