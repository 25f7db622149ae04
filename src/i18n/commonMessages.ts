/**
 * Texts of every screen and of the frame around it: navigation, the account menu, printing and
 * exporting, status words, loading, error and empty states. Bundled with the app; every feature's
 * own namespace loads with the feature (src/i18n/resources.ts).
 */
import type { MessageShape } from './messageShape';

const zhCN = {
  app: {
    name: '目标看板',
    skipToContent: '跳到主要内容',
    mainNav: '主导航',
    overview: '总览',
    footerSource: '依据:{{title}}({{publisher}},{{date}}发布)',
  },
  nav: {
    projects: '重点项目',
    present: '演示',
    brief: '月度通报',
    snapshots: '会议快照',
    entry: '填报',
    audit: '变更记录',
    import: '导入',
  },
  print: '打印/导出PDF',
  seeProjects: {
    label: '查看项目',
    of: '({{name}})',
  },
  export: {
    label: '导出',
    excel: '导出Excel',
    csv: '导出CSV',
    downloading: '正在导出…',
    failed: '导出失败：{{message}}',
  },
  account: {
    roles: {
      viewer: '查看者',
      editor: '填报员',
      admin: '管理员',
    },
    menu: {
      label: '账户',
      signIn: '登录',
      signOut: '退出登录',
      signingOut: '正在退出…',
      signedInAs: '当前用户:{{name}}({{role}})',
      users: '用户管理',
    },
    mockRole: {
      label: '模拟模式:角色切换代替登录',
      anonymous: '访客',
      switchFailed: '切换角色失败,请重试',
    },
  },
  language: {
    label: '界面语言',
    zhCN: '中文',
    enUS: 'English',
  },
  mock: {
    badge: '模拟数据 · Mock data',
    notice: '本页显示模拟数据,未连接服务器',
  },
  demo: {
    badge: '示例数据',
    hint: '部分数值为示例数据,不代表实际统计结果',
  },
  status: {
    ahead: '超前',
    onSchedule: '符合序时进度',
    needsAttention: '需关注',
    behind: '滞后',
    notReported: '未报送',
    met: '已完成',
    missed: '未完成',
  },
  statusShort: {
    ahead: '超前',
    onSchedule: '符合',
    needsAttention: '需关注',
    behind: '滞后',
    notReported: '未报送',
    met: '已完成',
    missed: '未完成',
  },
  judged: '(研判)',
  workItemStatus: {
    notStarted: '未启动',
    inProgress: '推进中',
    done: '已完成',
    blocked: '受阻',
  },
  units: {
    percent: '%',
    count: '个',
    yiYuan: '亿元',
    rank: '位次',
    none: '—',
  },
  blank: '—',
  asOf: {
    label: '数据截至',
    option: '截至{{period}}',
  },
  loading: '正在加载…',
  updating: '正在更新…',
  pager: {
    previous: '上一页',
    next: '下一页',
    position: '第 {{from}}–{{to}} 行,共 {{total}} 行',
  },
  retry: '重试',
  empty: {
    noPlan: '尚无规划数据',
    noPlanHint: '管理员导入年度规划后,目标和指标将显示在这里。',
  },
  errors: {
    title: '加载失败',
    network: '无法连接服务器,请检查网络后重试',
    notFound: '未找到所请求的内容',
    invalidParameter: '请求参数有误',
    invalidBody: '提交的内容有误',
    payloadTooLarge: '提交的内容过大',
    unauthorized: '请先登录',
    forbidden: '没有访问权限',
    conflict: '数据已被他人修改,请刷新后重试',
    tooManyRequests: '尝试次数过多,请稍后再试',
    unavailable: '数据服务暂时不可用,请稍后重试',
    internal: '服务器出错,请稍后重试',
    badResponse: '服务器返回的数据无法识别',
    unknown: '出现未知错误,请稍后重试',
  },
  widgetError: {
    title: '此部分暂时无法显示',
    detail: '页面其他部分不受影响。',
  },
  notFound: {
    title: '页面不存在',
    back: '返回总览',
  },
} as const;

const enUS: MessageShape<typeof zhCN> = {
  app: {
    name: 'Target Board',
    skipToContent: 'Skip to main content',
    mainNav: 'Main navigation',
    overview: 'Overview',
    footerSource: 'Source: {{title}} ({{publisher}}, published {{date}})',
  },
  nav: {
    projects: 'Key projects',
    present: 'Present',
    brief: 'Monthly brief',
    snapshots: 'Snapshots',
    entry: 'Enter figures',
    audit: 'Change log',
    import: 'Import',
  },
  print: 'Print / PDF',
  seeProjects: {
    label: 'See projects',
    of: ' ({{name}})',
  },
  export: {
    label: 'Export',
    excel: 'Export Excel',
    csv: 'Export CSV',
    downloading: 'Exporting…',
    failed: 'Export failed: {{message}}',
  },
  account: {
    roles: {
      viewer: 'Viewer',
      editor: 'Editor',
      admin: 'Administrator',
    },
    menu: {
      label: 'Account',
      signIn: 'Sign in',
      signOut: 'Sign out',
      signingOut: 'Signing out…',
      signedInAs: 'Signed in: {{name}} ({{role}})',
      users: 'Users',
    },
    mockRole: {
      label: 'Mock mode: a role switch stands in for signing in',
      anonymous: 'Visitor',
      switchFailed: 'Could not switch the role; try again',
    },
  },
  language: {
    label: 'Language',
    zhCN: '中文',
    enUS: 'English',
  },
  mock: {
    badge: '模拟数据 · Mock data',
    notice: 'This page shows mock data and is not connected to a server',
  },
  demo: {
    badge: 'Demo data',
    hint: 'Some figures are demo data, not actual statistics',
  },
  status: {
    ahead: 'Ahead',
    onSchedule: 'On schedule',
    needsAttention: 'Needs attention',
    behind: 'Behind',
    notReported: 'Not reported',
    met: 'Met',
    missed: 'Missed',
  },
  statusShort: {
    ahead: 'ahead',
    onSchedule: 'on schedule',
    needsAttention: 'needs attention',
    behind: 'behind',
    notReported: 'not reported',
    met: 'met',
    missed: 'missed',
  },
  judged: ' (judged)',
  workItemStatus: {
    notStarted: 'Not started',
    inProgress: 'In progress',
    done: 'Done',
    blocked: 'Blocked',
  },
  units: {
    percent: '%',
    count: 'count',
    yiYuan: '100 million yuan',
    rank: 'rank',
    none: '—',
  },
  blank: '—',
  asOf: {
    label: 'Figures as of',
    option: 'As of {{period}}',
  },
  loading: 'Loading…',
  updating: 'Updating…',
  pager: {
    previous: 'Previous',
    next: 'Next',
    position: 'Rows {{from}}–{{to}} of {{total}}',
  },
  retry: 'Retry',
  empty: {
    noPlan: 'No plan data yet',
    noPlanHint: 'Targets and indicators appear here once an administrator imports the yearly plan.',
  },
  errors: {
    title: 'Could not load',
    network: 'Cannot reach the server. Check the network and try again',
    notFound: 'What you asked for was not found',
    invalidParameter: 'The request has an invalid parameter',
    invalidBody: 'What was sent is not valid',
    payloadTooLarge: 'What was sent is too large',
    unauthorized: 'Please sign in first',
    forbidden: 'You do not have access',
    conflict: 'Someone else changed this data. Refresh and try again',
    tooManyRequests: 'Too many attempts. Try again later',
    unavailable: 'The data service is unavailable for now. Try again later',
    internal: 'The server had a problem. Try again later',
    badResponse: 'The server sent data that could not be read',
    unknown: 'Something went wrong. Try again later',
  },
  widgetError: {
    title: 'This part cannot be shown right now',
    detail: 'The rest of the page is not affected.',
  },
  notFound: {
    title: 'Page not found',
    back: 'Back to the overview',
  },
};

export const commonMessages = { 'zh-CN': zhCN, 'en-US': enUS } as const;
