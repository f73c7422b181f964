// The team's Markdown, shown safely: no raw HTML (skipped, never parsed), links only to http(s),
// mailto and Dossier's own addresses, and no image loaded (the CSP allows none from elsewhere,
// and an image would tell its server who read the note): an image shows as a link to it.
import type { ReactNode } from 'react';
import type { Components } from 'react-markdown';
import ReactMarkdown from 'react-markdown';
import { isExternal, safeUrl } from './safeUrl';
import './notes.css';

// The page has its h1 and the section its h2: a note's headings sit below them.
const heading = ({ children }: { children?: ReactNode }) => <h4>{children}</h4>;

const components: Components = {
  h1: heading,
  h2: heading,
  h3: heading,
  a: ({ href, children }) =>
    href ? (
      <a href={href} rel="noopener noreferrer" {...(isExternal(href) ? { target: '_blank' } : {})}>
        {children}
      </a>
    ) : (
      // A link whose address was refused keeps its words, without the address.
      <span className="nt-refused-link">{children}</span>
    ),
  img: ({ src, alt }) => {
    const text = alt || (typeof src === 'string' ? src : '');
    return typeof src === 'string' && src ? (
      <a href={src} rel="noopener noreferrer" {...(isExternal(src) ? { target: '_blank' } : {})}>
        {text}
      </a>
    ) : (
      <span>{text}</span>
    );
  },
};

/** Markdown as the team wrote it; headings start at level 4, under the section's own. */
export default function Markdown({ text }: { text: string }) {
  return (
    <div className="nt-markdown">
      <ReactMarkdown skipHtml urlTransform={(url) => safeUrl(url)} components={components}>
        {text}
      </ReactMarkdown>
    </div>
  );
}
