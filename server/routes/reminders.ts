/**
 * Reminders (催报): `POST /api/indicators/:indicatorId/reminders` sends one to the indicator's lead
 * department about an overdue figure; `GET /api/plans/:planId/reminders` lists them. Only office
 * users send (src/api/remindersContract.ts `isOfficeUser`), and a reviewer scoped to departments
 * only to those. A figure already in is a 409 carrying
 * it; a figure not yet overdue, a period outside the plan year or not of the indicator's rhythm, and
 * an indicator without a lead department are refused, saying why. Stored with its audit entry and
 * its alert to the department, in one change.
 */
import { Hono } from 'hono';
import { mayReviewFor } from '../../src/api/authContract';
import {
  isOfficeUser,
  reminderBodySchema,
  remindersQuerySchema,
  type Reminder,
  type ReminderResponse,
  type RemindersResponse,
} from '../../src/api/remindersContract';
import type { Period } from '../../src/domain/model';
import { formatPeriod } from '../../src/domain/format';
import { todayInChina } from '../../src/domain/period';
import { reportingPeriods } from '../../src/domain/planYear';
import { dueDayOverridesOf, latenessOf } from '../../src/domain/reportingCalendar';
import { isReportedByDepartment } from '../../src/domain/accountability/overdueFigures';
import { reminderAlert } from '../../src/domain/alerts/alertRules';
import { indicatorAndPlan, refusePeriodOutsideYear } from '../accountability/reportingYear';
import { requireSignedIn } from '../auth/guards';
import type { AppEnv } from '../http/appEnv';
import { readJsonBody, writeBodyLimit } from '../http/body';
import { ApiProblem } from '../http/errors';
import { parseIdParam, parseQuery } from '../http/parameters';
import type { Store } from '../store/port';

function refuse(field: string, zh: string, en: string): never {
  throw new ApiProblem('invalidBody', { field, reason: { zh, en } });
}

export function reminderRoutes(store: Store, now: () => Date) {
  return new Hono<AppEnv>()
    .get('/plans/:planId/reminders', async (c) => {
      const planId = parseIdParam('planId', c.req.param('planId'));
      const { indicatorId } = parseQuery(remindersQuerySchema, c.req.queries());
      if (!(await store.findPlan(planId))) throw new ApiProblem('notFound', { field: 'planId' });
      const body: RemindersResponse = {
        reminders: await store.accountability.listReminders({
          planId,
          ...(indicatorId ? { indicatorId } : {}),
        }),
      };
      return c.json(body);
    })
    .post('/indicators/:indicatorId/reminders', writeBodyLimit, async (c) => {
      const user = requireSignedIn(c);
      if (!isOfficeUser(user)) throw new ApiProblem('forbidden');
      const indicatorId = parseIdParam('indicatorId', c.req.param('indicatorId'));
      const { period, message } = await readJsonBody(c, reminderBodySchema);
      const { indicator, plan } = await indicatorAndPlan(store, indicatorId);
      // A reviewer scoped to departments chases those; one scoped to none, and admins, any.
      if (!mayReviewFor(user, indicator.leadDepartment)) throw new ApiProblem('forbidden');
      refusePeriodOutsideYear('period', period, plan.year, 'invalidBody');
      const department = indicator.leadDepartment;
      if (department === null || !isReportedByDepartment(indicator))
        refuse(
          'indicatorId',
          '没有需要报送数据的牵头单位，无从催报',
          'has no lead department that reports its figures, so there is no one to remind',
        );
      if (!reportingPeriods(indicator.frequency, plan.year).includes(period))
        refuse(
          'period',
          '不是该指标的报送期（按其报送频率）',
          "is not one of the indicator's reporting periods (by how often it reports)",
        );
      const [figure] = await store
        .listValues({ planId: plan.id, indicatorId })
        .then((values) => values.filter((value) => value.period === period));
      if (figure) throw new ApiProblem('conflict', { field: 'period', current: figure });
      const today = todayInChina(now());
      const lateness = latenessOf(
        indicator.frequency,
        period,
        dueDayOverridesOf(indicator, plan),
        today,
        false,
      );
      if (!lateness.overdue)
        refuse(
          'period',
          `尚未逾期：${formatPeriod(period as Period, 'zh-CN')}数据的报送截止日为 ${lateness.dueDate}`,
          `is not overdue yet: the figure for ${formatPeriod(period as Period, 'en-US')} is due by ${lateness.dueDate}`,
        );
      const sentAt = now().toISOString();
      const reminder: Reminder = {
        id: `reminder-${crypto.randomUUID()}`,
        planId: plan.id,
        indicatorId,
        period,
        department,
        message,
        daysLate: lateness.daysLate,
        sentBy: user.username,
        sentByName: user.displayName,
        sentAt,
      };
      const alert = reminderAlert({
        ...reminder,
        indicator,
        sentBy: user.displayName || user.username,
      });
      await store.accountability.sendReminder(
        reminder,
        [
          {
            actor: user.username,
            actorName: user.displayName,
            entityType: 'reminder',
            entityId: indicatorId,
            planId: plan.id,
            period,
            oldValue: null,
            newValue: { department, daysLate: lateness.daysLate, message },
            note: message,
            at: sentAt,
          },
        ],
        alert,
      );
      const body: ReminderResponse = { reminder };
      return c.json(body, 201);
    });
}
