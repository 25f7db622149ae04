/**
 * The namespaces: `common` for the frame and shared texts, one per feature. Only what the
 * overview's first screen shows is bundled with the app (`common` and `overview`); every other
 * feature's texts load with the feature, in both languages at once, so a language switch never
 * waits for them.
 */
import type { accountMessages } from '../features/account/messages';
import type { alertsMessages } from '../features/alerts/messages';
import type { auditMessages } from '../features/audit/messages';
import type { briefMessages } from '../features/brief/messages';
import type { definitionsMessages } from '../features/definitions/messages';
import type { draftingMessages } from '../features/drafting/messages';
import type { entryMessages } from '../features/entry/messages';
import type { indicatorMessages } from '../features/indicator/messages';
import { overviewMessages } from '../features/overview/messages';
import type { presentMessages } from '../features/present/messages';
import type { projectsMessages } from '../features/projects/messages';
import type { snapshotsMessages } from '../features/snapshots/messages';
import type { transferMessages } from '../features/transfer/messages';
import { commonMessages } from './commonMessages';
import type { Locale } from './locales';

export const defaultNamespace = 'common';

/** Bundled: the overview's first screen shows these and nothing else. */
export const resources = {
  'zh-CN': { common: commonMessages['zh-CN'], overview: overviewMessages['zh-CN'] },
  'en-US': { common: commonMessages['en-US'], overview: overviewMessages['en-US'] },
} as const;

export type BundledNamespace = keyof (typeof resources)['zh-CN'];
export const bundledNamespaces = Object.keys(resources['zh-CN']) as BundledNamespace[];

type Messages<Shape> = Record<Locale, Shape>;

/** Loaded with their feature, each into a chunk of its own. */
export const namespaceLoaders = {
  account: () => import('../features/account/messages').then((module) => module.accountMessages),
  alerts: () => import('../features/alerts/messages').then((module) => module.alertsMessages),
  audit: () => import('../features/audit/messages').then((module) => module.auditMessages),
  brief: () => import('../features/brief/messages').then((module) => module.briefMessages),
  definitions: () => import('../features/definitions/messages').then((module) => module.definitionsMessages),
  drafting: () => import('../features/drafting/messages').then((module) => module.draftingMessages),
  entry: () => import('../features/entry/messages').then((module) => module.entryMessages),
  indicator: () => import('../features/indicator/messages').then((module) => module.indicatorMessages),
  present: () => import('../features/present/messages').then((module) => module.presentMessages),
  projects: () => import('../features/projects/messages').then((module) => module.projectsMessages),
  snapshots: () => import('../features/snapshots/messages').then((module) => module.snapshotsMessages),
  transfer: () => import('../features/transfer/messages').then((module) => module.transferMessages),
} satisfies Record<string, () => Promise<Messages<object>>>;

export type LoadedNamespace = keyof typeof namespaceLoaders;
export type Namespace = BundledNamespace | LoadedNamespace;
export const namespaces: readonly Namespace[] = [
  ...bundledNamespaces,
  ...(Object.keys(namespaceLoaders) as LoadedNamespace[]),
];

/** Every namespace's Chinese texts, the original every translation follows: what t() keys are checked against. */
export interface AllMessages {
  common: (typeof commonMessages)['zh-CN'];
  overview: (typeof overviewMessages)['zh-CN'];
  account: (typeof accountMessages)['zh-CN'];
  alerts: (typeof alertsMessages)['zh-CN'];
  audit: (typeof auditMessages)['zh-CN'];
  brief: (typeof briefMessages)['zh-CN'];
  definitions: (typeof definitionsMessages)['zh-CN'];
  drafting: (typeof draftingMessages)['zh-CN'];
  entry: (typeof entryMessages)['zh-CN'];
  indicator: (typeof indicatorMessages)['zh-CN'];
  present: (typeof presentMessages)['zh-CN'];
  projects: (typeof projectsMessages)['zh-CN'];
  snapshots: (typeof snapshotsMessages)['zh-CN'];
  transfer: (typeof transferMessages)['zh-CN'];
}

export function isLoadedNamespace(namespace: string): namespace is LoadedNamespace {
  return Object.hasOwn(namespaceLoaders, namespace);
}
