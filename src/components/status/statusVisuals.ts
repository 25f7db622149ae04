/**
 * The icon of each status, shown with its light (`lightOf`) and always next to the status word:
 * 红黄绿灯 are never told by colour alone.
 */
import {
  BadgeCheck,
  CalendarClock,
  CircleCheck,
  CircleDashed,
  CircleX,
  Scale,
  TrendingDown,
  TrendingUp,
  TriangleAlert,
  type LucideIcon,
} from 'lucide-react';
import type { Status } from '../../domain/evaluation';

export const statusIcon: Record<Status, LucideIcon> = {
  ahead: TrendingUp,
  onSchedule: CircleCheck,
  met: BadgeCheck,
  needsAttention: TriangleAlert,
  behind: TrendingDown,
  missed: CircleX,
  notReported: CircleDashed,
  awaitingYearEnd: CalendarClock,
  awaitingReference: Scale,
};
