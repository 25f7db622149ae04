/**
 * The message a webhook sends for an alert, in its receiver's format. Every message carries the
 * alert's id (告警编号), so a receiver that is sent one twice (a delivery answered but not yet
 * marked done when its server stopped) can drop the repeat; the delivery worker also sends it as
 * the `X-Alert-Id` and `Idempotency-Key` headers. Group robots are Chinese-speaking: their messages
 * are in Chinese; plain JSON carries both languages.
 *
 * - 企业微信 group robot: `{"msgtype":"markdown","markdown":{"content":…}}` or `{"msgtype":"text","text":{"content":…}}`;
 * - 钉钉 robot: `{"msgtype":"markdown","markdown":{"title":…,"text":…}}` or `{"msgtype":"text","text":{"content":…}}`;
 * - 飞书 robot: `{"msg_type":"text","content":{"text":…}}` or `{"msg_type":"post","content":{"post":{"zh_cn":{"title":…,"content":[[…]]}}}}`;
 * - JSON: `{"id":…,"alert":{…}}`.
 */
import type { Alert, AlertLevel, WebhookFormat } from '../../src/api/alertsContract';

/** 三色预警 words, never the colour alone. */
const levelWords: Record<AlertLevel, string> = {
  blue: '蓝色预警',
  yellow: '黄色预警',
  red: '红色预警',
};

/** WeCom's markdown colours: info green, comment grey, warning orange-red. */
const wecomColour: Record<AlertLevel, string> = { blue: 'comment', yellow: 'warning', red: 'warning' };

function plainLines(alert: Alert): string[] {
  return [
    `【${levelWords[alert.level]}】${alert.title.zh}`,
    alert.detail.zh,
    ...(alert.department ? [`牵头单位：${alert.department}`] : []),
    `告警编号：${alert.id}`,
  ];
}

function markdownLines(alert: Alert, level: string): string {
  return [
    `**${level}** ${alert.title.zh}`,
    `> ${alert.detail.zh}`,
    ...(alert.department ? [`> 牵头单位：${alert.department}`] : []),
    `> 告警编号：${alert.id}`,
  ].join('\n');
}

export function webhookMessage(format: WebhookFormat, alert: Alert): unknown {
  switch (format) {
    case 'wecomMarkdown':
      return {
        msgtype: 'markdown',
        markdown: {
          content: markdownLines(
            alert,
            `<font color="${wecomColour[alert.level]}">${levelWords[alert.level]}</font>`,
          ),
        },
      };
    case 'wecomText':
      return { msgtype: 'text', text: { content: plainLines(alert).join('\n') } };
    case 'dingtalkMarkdown':
      return {
        msgtype: 'markdown',
        markdown: {
          title: `${levelWords[alert.level]}：${alert.title.zh}`,
          text: markdownLines(alert, levelWords[alert.level]),
        },
      };
    case 'dingtalkText':
      return { msgtype: 'text', text: { content: plainLines(alert).join('\n') } };
    case 'feishuText':
      return { msg_type: 'text', content: { text: plainLines(alert).join('\n') } };
    case 'feishuPost':
      return {
        msg_type: 'post',
        content: {
          post: {
            zh_cn: {
              title: `【${levelWords[alert.level]}】${alert.title.zh}`,
              content: plainLines(alert)
                .slice(1)
                .map((text) => [{ tag: 'text', text }]),
            },
          },
        },
      };
    case 'json':
      return { id: alert.id, alert };
  }
}
