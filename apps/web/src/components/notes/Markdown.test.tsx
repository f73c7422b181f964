// Hostile Markdown: whatever a note holds, the page gets no script, no event handler, no link
// that runs code or loads a page made of data, and no image fetched from elsewhere.
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import Markdown from './Markdown';
import { safeUrl } from './safeUrl';

const hostile = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[x](javascript:alert(1))',
  '[x](JaVaScRiPt:alert(1))',
  '[x](data:text/html,<script>alert(1)</script>)',
  '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '<a href="javascript:alert(1)">click</a>',
  '<javascript:alert(1)>',
  '![x](https://evil.example/track.png)',
  '[x](&#106;avascript:alert(1))',
  '[x](javascript&#58;alert(1))',
  '[x](<java\tscript:alert(1)>)',
  '[x](vbscript:msgbox(1))',
  '[**bold _and [inner](javascript:alert(2))_**](https://ok.example/)',
  '<div onclick="alert(1)">div</div><style>body{display:none}</style><iframe src="https://evil.example"></iframe>',
  '&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#x3C;b&#x3E;',
  '[ref][1]\n\n[1]: javascript:alert(1)',
];

/** Every href (and src) on the page is http(s), mailto or relative. */
function assertSafe(container: HTMLElement) {
  expect(container.querySelector('script, img, iframe, style, object, embed')).toBeNull();
  for (const el of container.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      expect(attr.name, `${el.tagName} ${attr.name}`).not.toMatch(/^on/i);
      if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(attr.name))
        expect(attr.value, `${el.tagName} ${attr.name}`).toMatch(
          /^(https?:\/\/|mailto:|[/#?.]|[^:]*$)/i,
        );
    }
  }
}

describe('Markdown', () => {
  it.each(hostile)('renders %j without anything that runs or loads', (text) => {
    const { container } = render(<Markdown text={text} />);
    assertSafe(container);
  });

  it('renders the whole hostile list at once the same way', () => {
    const { container } = render(<Markdown text={hostile.join('\n\n')} />);
    assertSafe(container);
  });

  it('keeps the words of a refused link, without its address', () => {
    const { container } = render(<Markdown text="[do not follow](javascript:alert(1))" />);
    expect(container.textContent).toContain('do not follow');
    expect(container.querySelector('a')).toBeNull();
  });

  it('shows an image as a link to it, never loaded', () => {
    const { container } = render(<Markdown text="![the chart](https://evil.example/track.png)" />);
    const link = container.querySelector('a');
    expect(link?.textContent).toBe('the chart');
    expect(link?.getAttribute('href')).toBe('https://evil.example/track.png');
    expect(container.querySelector('img')).toBeNull();
  });

  it('shows escaped HTML as text, and entities as the characters they are', () => {
    const { container } = render(
      <Markdown text={'`<script>alert(1)</script>` and &lt;b&gt; &amp; 5 &gt; 3'} />,
    );
    expect(container.textContent).toContain('<script>alert(1)</script>');
    expect(container.textContent).toContain('<b> & 5 > 3');
    expect(container.querySelector('script, b')).toBeNull();
  });

  it('renders the Markdown people write: emphasis, lists, safe links in a new tab', () => {
    const { container } = render(
      <Markdown
        text={
          '# Plan\n\n**Call** the *rapporteur*:\n\n- [EUR-Lex](https://eur-lex.europa.eu/)\n- [mail](mailto:a@b.example)\n- [brief](/measures/x#team-notes)'
        }
      />,
    );
    expect(container.querySelector('h1, h2, h3')).toBeNull();
    expect(container.querySelector('h4')?.textContent).toBe('Plan');
    expect(container.querySelector('strong')?.textContent).toBe('Call');
    const links = [...container.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      'https://eur-lex.europa.eu/',
      'mailto:a@b.example',
      '/measures/x#team-notes',
    ]);
    for (const a of links) expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    expect(links[0]?.getAttribute('target')).toBe('_blank');
    expect(links[2]?.hasAttribute('target')).toBe(false);
  });
});

describe('safeUrl', () => {
  it('allows http(s), mailto and addresses inside Dossier', () => {
    for (const url of [
      'https://a.example/x?y=1:2',
      'HTTP://a.example',
      'mailto:a@b.example',
      '/x',
      '#a',
      '?q=a:b',
      'x/y:z',
      'page',
    ])
      expect(safeUrl(url), url).toBe(url);
  });
  it('refuses every other scheme and hidden characters', () => {
    for (const url of [
      'javascript:alert(1)',
      'JAVASCRIPT:x',
      'data:text/html,x',
      'vbscript:x',
      'file:///etc/passwd',
      'java\tscript:x',
      ' javascript:x',
      'javascript\u0000:x',
      '',
    ])
      expect(safeUrl(url), JSON.stringify(url)).toBeNull();
  });
});
