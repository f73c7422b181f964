import { useEffect } from 'react';
import { useLabels } from './i18n';

/** Sets the browser tab's title for the page on screen. */
export function useDocumentTitle(title: string | null) {
  const appName = useLabels().ui.appName;
  useEffect(() => {
    document.title = title ? `${title} · ${appName}` : appName;
  }, [title, appName]);
}
