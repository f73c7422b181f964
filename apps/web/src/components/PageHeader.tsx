import type { ReactNode } from 'react';
import { useDocumentTitle } from '../title';

/**
 * The heading of a section page with its one-line introduction and whatever the page adds
 * below them (a count); also names the browser tab.
 */
export function PageHeader({
  title,
  intro,
  className,
  children,
}: {
  title: string;
  intro: string;
  className?: string;
  children?: ReactNode;
}) {
  useDocumentTitle(title);
  return (
    <header className={className ? `page-header ${className}` : 'page-header'}>
      <h1>{title}</h1>
      <p className="lede">{intro}</p>
      {children}
    </header>
  );
}
