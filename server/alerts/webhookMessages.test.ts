/**
 * The messages webhooks send, in each receiver's format, and the addresses they may send to, and
 * the growing wait between tries.
 */
import { describe, expect, it } from 'vitest';
import type { Alert } from '../../src/api/alertsContract';
import { retryDelay } from './deliveryWorker';
import { isLocalHost, webhookAddressRefusal } from './webhookAddress';
import { webhookMessage } from './webhookMessages';

const alert: Alert = {
  id: '6f1c2a9e-0000-4000-8000-000000000001',
  rule: 'overdue',
  level: 'red',
  planId: 'weihai-hitech-2024',
  indicatorId: 'fixed-asset-investment-growth',
  period: '2024-03',
  department: '区发改局',
  title: {
    zh: '「固定资产投资」2024年3月数据逾期未报',
    en: '“Fixed-asset investment”: the figure for 2024-03 is overdue',
  },
  detail: { zh: '应于2024-04-10前报送，已逾期2天。', en: 'It was due by 2024-04-10; 2 day(s) late.' },
  createdAt: '2024-04-12T01:00:00.000Z',
};

describe('webhook messages', () => {
  it('a 企业微信 markdown message names the level in words, the title, the department and the alert id', () => {
    const message = webhookMessage('wecomMarkdown', alert) as {
      msgtype: string;
      markdown: { content: string };
    };
    expect(message.msgtype).toBe('markdown');
    expect(message.markdown.content).toBe(
      [
        '**<font color="warning">红色预警</font>** 「固定资产投资」2024年3月数据逾期未报',
        '> 应于2024-04-10前报送，已逾期2天。',
        '> 牵头单位：区发改局',
        `> 告警编号：${alert.id}`,
      ].join('\n'),
    );
  });

  it('企业微信 and 钉钉 text, 钉钉 markdown, 飞书 text and post, and JSON each carry the alert id in their own shape', () => {
    expect(webhookMessage('wecomText', alert)).toEqual({
      msgtype: 'text',
      text: { content: expect.stringContaining(`告警编号：${alert.id}`) },
    });
    expect(webhookMessage('dingtalkText', alert)).toMatchObject({
      msgtype: 'text',
      text: { content: expect.stringContaining('【红色预警】') },
    });
    expect(webhookMessage('dingtalkMarkdown', alert)).toMatchObject({
      msgtype: 'markdown',
      markdown: {
        title: '红色预警：「固定资产投资」2024年3月数据逾期未报',
        text: expect.stringContaining(alert.id),
      },
    });
    expect(webhookMessage('feishuText', alert)).toMatchObject({
      msg_type: 'text',
      content: { text: expect.stringContaining(alert.id) },
    });
    expect(webhookMessage('feishuPost', alert)).toMatchObject({
      msg_type: 'post',
      content: { post: { zh_cn: { title: '【红色预警】「固定资产投资」2024年3月数据逾期未报' } } },
    });
    expect(JSON.stringify(webhookMessage('feishuPost', alert))).toContain(alert.id);
    expect(webhookMessage('json', alert)).toEqual({ id: alert.id, alert });
  });
});

describe('webhook addresses', () => {
  it('refuses anything but http(s)', () => {
    expect(webhookAddressRefusal('ftp://example.com/x', true)).toBe('scheme');
    expect(webhookAddressRefusal('file:///etc/passwd', true)).toBe('scheme');
    expect(webhookAddressRefusal('https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=1', false)).toBeNull();
  });

  it('refuses this machine and private networks unless local addresses are allowed', () => {
    for (const host of [
      'localhost',
      '127.0.0.1',
      '[::1]',
      '10.1.2.3',
      '172.20.0.1',
      '192.168.1.9',
      '169.254.169.254',
      '[fd00::1]',
      '[::ffff:127.0.0.1]',
    ])
      expect([host, webhookAddressRefusal(`http://${host}/hook`, false)]).toEqual([host, 'local']);
    expect(webhookAddressRefusal('http://127.0.0.1:8080/hook', true)).toBeNull();
    expect(isLocalHost('172.32.0.1')).toBe(false);
    expect(isLocalHost('oapi.dingtalk.com')).toBe(false);
  });
});

describe('the wait between tries', () => {
  it('doubles from the first wait up to the longest: 10 s, 20 s, 40 s … 1 hour', () => {
    const backoff = { firstMillis: 10_000, maxMillis: 3_600_000, maxAttempts: 10 };
    expect([1, 2, 3, 4, 9, 12].map((tries) => retryDelay(tries, backoff))).toEqual([
      10_000, 20_000, 40_000, 80_000, 2_560_000, 3_600_000,
    ]);
  });
});
