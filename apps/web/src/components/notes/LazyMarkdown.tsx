// Markdown that loads its renderer on first use; until then the text shows as it was written.
import { lazy, Suspense } from 'react';

const Markdown = lazy(() => import('./Markdown'));

export function LazyMarkdown({ text }: { text: string }) {
  return (
    <Suspense fallback={<p className="nt-plain">{text}</p>}>
      <Markdown text={text} />
    </Suspense>
  );
}
