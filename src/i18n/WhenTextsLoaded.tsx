/**
 * Shows its children once their namespaces are loaded, and nothing until then, without
 * suspending. For a part of the server-rendered overview whose texts are not bundled: the server
 * and the hydrating browser both render nothing for it, then the browser loads its texts and
 * shows it.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoadedNamespace } from './resources';

export function WhenTextsLoaded({
  namespaces,
  children,
}: {
  namespaces: LoadedNamespace[];
  children: ReactNode;
}) {
  const { ready } = useTranslation(namespaces, { useSuspense: false });
  return ready ? children : null;
}
