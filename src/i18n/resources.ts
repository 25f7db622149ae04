/** Every namespace in every language: `common` for shared texts, one namespace per feature. */
import { accountMessages } from '../features/account/messages';
import { auditMessages } from '../features/audit/messages';
import { briefMessages } from '../features/brief/messages';
import { definitionsMessages } from '../features/definitions/messages';
import { draftingMessages } from '../features/drafting/messages';
import { entryMessages } from '../features/entry/messages';
import { indicatorMessages } from '../features/indicator/messages';
import { overviewMessages } from '../features/overview/messages';
import { presentMessages } from '../features/present/messages';
import { projectsMessages } from '../features/projects/messages';
import { snapshotsMessages } from '../features/snapshots/messages';
import { transferMessages } from '../features/transfer/messages';
import { commonMessages } from './commonMessages';

export const namespaces = [
  'common',
  'overview',
  'indicator',
  'present',
  'brief',
  'snapshots',
  'projects',
  'account',
  'entry',
  'audit',
  'transfer',
  'definitions',
  'drafting',
] as const;
export const defaultNamespace = 'common';

export const resources = {
  'zh-CN': {
    common: commonMessages['zh-CN'],
    account: accountMessages['zh-CN'],
    overview: overviewMessages['zh-CN'],
    indicator: indicatorMessages['zh-CN'],
    present: presentMessages['zh-CN'],
    brief: briefMessages['zh-CN'],
    snapshots: snapshotsMessages['zh-CN'],
    projects: projectsMessages['zh-CN'],
    entry: entryMessages['zh-CN'],
    audit: auditMessages['zh-CN'],
    transfer: transferMessages['zh-CN'],
    definitions: definitionsMessages['zh-CN'],
    drafting: draftingMessages['zh-CN'],
  },
  'en-US': {
    common: commonMessages['en-US'],
    account: accountMessages['en-US'],
    overview: overviewMessages['en-US'],
    indicator: indicatorMessages['en-US'],
    present: presentMessages['en-US'],
    brief: briefMessages['en-US'],
    snapshots: snapshotsMessages['en-US'],
    projects: projectsMessages['en-US'],
    entry: entryMessages['en-US'],
    audit: auditMessages['en-US'],
    transfer: transferMessages['en-US'],
    definitions: definitionsMessages['en-US'],
    drafting: draftingMessages['en-US'],
  },
} as const;
