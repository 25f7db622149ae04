/** Texts of importing and exporting spreadsheets (导入 / 导出). Namespace `transfer`. */
import type { MessageShape } from '../../i18n/messageShape';

const zhCN = {
  title: '导入数据',
  intro:
    '从 Excel 或 CSV 文件批量导入每月指标数据或重点项目清单。先下载模板填写，上传后系统逐行预检并显示问题，全部无误后再确认导入；导入要么全部写入，要么一行也不写入。',
  signIn: '请先登录后再导入数据',
  viewerOnly: '你的账号只能查看，不能导入数据。如需填报，请联系管理员。',
  kind: {
    legend: '导入什么',
    figures: '指标数据',
    figuresHint: '每月填报的指标数值、研判结果',
    projects: '项目清单',
    projectsHint: '新增或修改重点项目、城建重点工程',
  },
  template: {
    heading: '1. 下载模板',
    figuresIntro: '模板中是你可以填报、且该月需报送的指标，已填入当前数据和版本。只修改需要更新的行。',
    projectsIntro: '模板中是你可以编辑的项目。修改已有行，或在下方添加新项目（项目编号可留空）。',
    period: '期间',
    excel: '下载 Excel 模板',
    csv: '下载 CSV 模板',
  },
  upload: {
    heading: '2. 上传并预检',
    file: '选择文件（.xlsx 或 .csv，不超过 1 MB、{{max}} 行）',
    checking: '正在检查文件…',
    again: '重新检查',
  },
  preview: {
    heading: '3. 预检结果',
    file: '文件：{{name}}',
    counts:
      '共 {{total}} 行：新增 {{create}}，更新 {{update}}，未变 {{unchanged}}，跳过 {{skipped}}，错误 {{error}}',
    allGood: '没有发现问题，可以确认导入。',
    hasErrors: '有 {{count}} 行存在问题，请在文件中改正后重新上传。导入不会写入任何数据，直到所有问题解决。',
    nothingToWrite: '文件中没有需要新增或更新的数据。',
    fileProblems: '文件无法导入：',
    onlyErrors: '只看有问题的行',
    pages: '预检结果分页',
    caption: '预检结果：每行的处理方式和发现的问题',
    row: '行号',
    outcome: '处理',
    issue: '问题：{{message}}',
    outcomes: {
      create: '新增',
      update: '更新',
      unchanged: '未变',
      skipped: '跳过（空行）',
      error: '有错误',
    },
  },
  commit: {
    heading: '3. 导入结果',
    submit: '确认导入',
    saving: '正在导入…',
    done: '导入完成：新增 {{create}} 条，更新 {{update}} 条。',
    batch: '批次编号：{{batchId}}',
    refused: '未能导入：数据在预检后发生了变化，请查看下方最新的预检结果。',
  },
} as const;

const enUS: MessageShape<typeof zhCN> = {
  title: 'Import data',
  intro:
    'Import monthly indicator figures or the key project list from an Excel or CSV file. Download the template, fill it in and upload it: every row is checked and its problems shown, and only when all is well do you confirm. An import writes every row or none.',
  signIn: 'Sign in to import data',
  viewerOnly: 'Your account may view but not import. Ask an administrator if you need to enter data.',
  kind: {
    legend: 'What to import',
    figures: 'Indicator figures',
    figuresHint: 'Monthly figures and judgements',
    projects: 'Project list',
    projectsHint: 'New or changed key projects and urban construction projects',
  },
  template: {
    heading: '1. Download the template',
    figuresIntro:
      'The template lists the indicators you may enter that report in the month, with the current figures and versions. Change only the rows to update.',
    projectsIntro:
      'The template lists the projects you may edit. Change rows, or add new projects below them (the id may stay blank).',
    period: 'Period',
    excel: 'Excel template',
    csv: 'CSV template',
  },
  upload: {
    heading: '2. Upload and check',
    file: 'Choose a file (.xlsx or .csv, up to 1 MB and {{max}} rows)',
    checking: 'Checking the file…',
    again: 'Check again',
  },
  preview: {
    heading: '3. Check results',
    file: 'File: {{name}}',
    counts:
      '{{total}} rows: {{create}} new, {{update}} updated, {{unchanged}} unchanged, {{skipped}} skipped, {{error}} with errors',
    allGood: 'No problems found: you can confirm the import.',
    hasErrors:
      '{{count}} rows have problems. Correct them in the file and upload it again; nothing is written until every problem is solved.',
    nothingToWrite: 'The file has nothing new or changed to write.',
    fileProblems: 'The file cannot be imported:',
    onlyErrors: 'Show only rows with problems',
    pages: 'Pages of the check results',
    caption: 'Check results: what happens to each row, and the problems found',
    row: 'Row',
    outcome: 'Action',
    issue: 'Problem: {{message}}',
    outcomes: {
      create: 'New',
      update: 'Update',
      unchanged: 'Unchanged',
      skipped: 'Skipped (blank)',
      error: 'Error',
    },
  },
  commit: {
    heading: '3. Import result',
    submit: 'Confirm import',
    saving: 'Importing…',
    done: 'Imported: {{create}} new, {{update}} updated.',
    batch: 'Batch: {{batchId}}',
    refused: 'Not imported: the data changed after the check. See the latest check results below.',
  },
};

export const transferMessages = {
  'zh-CN': zhCN,
  'en-US': enUS,
} as const;
