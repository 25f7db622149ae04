/**
 * What a running server does for alerts in the background: the webhook delivery worker (unless
 * WEBHOOK_DELIVERY=off) and the calendar scan, at start and then every `scanMillis` (an hour).
 */
import { todayInChina } from '../../src/domain/period';
import type { Store } from '../store/port';
import { scanCalendar } from './calendarScan';
import { startDeliveryWorker, type DeliveryWorker, type DeliveryWorkerOptions } from './deliveryWorker';

export interface AlertsRunOptions {
  store: Store;
  webhooksAllowLocal: boolean;
  webhookDelivery: boolean;
  /** The worker's timing (tests shorten it). */
  worker?: Omit<DeliveryWorkerOptions, 'store' | 'allowLocal'>;
  scanMillis?: number;
}

export function startAlerts(options: AlertsRunOptions): { stop(): Promise<void> } {
  const worker: DeliveryWorker | null = options.webhookDelivery
    ? startDeliveryWorker({ ...options.worker, store: options.store, allowLocal: options.webhooksAllowLocal })
    : null;
  let scanning: Promise<unknown> = Promise.resolve();
  const scan = () => {
    scanning = scanCalendar(options.store, todayInChina()).catch((error: unknown) =>
      console.warn('calendar scan failed', error),
    );
  };
  scan();
  const timer = setInterval(scan, options.scanMillis ?? 3_600_000);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await Promise.all([worker?.stop(), scanning]);
    },
  };
}
