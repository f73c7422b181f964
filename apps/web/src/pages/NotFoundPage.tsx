import { NotFoundState } from '../components/states';
import { useLabels } from '../i18n';
import { useDocumentTitle } from '../title';

export default function NotFoundPage({ path }: { path: string }) {
  const t = useLabels();
  useDocumentTitle(t.ui.notFound.title);
  return <NotFoundState title={t.ui.notFound.title} detail={t.ui.notFound.body(path)} />;
}
