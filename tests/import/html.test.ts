import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { htmlToMarkdown } from '../../src/import/html.ts';
import { renderMarkdown } from '../../src/site/markdown.ts';

/** Imported HTML → Markdown → the site's HTML: nothing active may survive the trip. */
function throughTheSite(html: string): string {
  return renderMarkdown(htmlToMarkdown(html), { file: 'x/entry.md', images: [] }).html;
}

describe('imported HTML', () => {
  const attacks: [string, string][] = [
    ['a script', '<p>a</p><script>alert(1)</script>'],
    ['an onerror image', '<img src=x onerror=alert(1)>'],
    ['a javascript: link', '<a href="javascript:alert(1)">x</a>'],
    ['an SVG animation', '<svg><animate onbegin=alert(1) attributeName=x dur=1s>'],
    ['MathML mXSS', '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>'],
    ['a style block', '<style>body{background:url(https://t.example/p.gif)}</style>'],
    ['an iframe', '<iframe src="https://evil.example"></iframe>'],
    ['a form', '<form action="https://evil.example"><input name=a></form>'],
    ['a meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example">'],
    ['a base tag', '<base href="https://evil.example/">'],
    ['an inline style', '<p style="background:url(https://t.example/p.gif)">x</p>'],
    ['a data: link', '<a href="data:text/html,<script>alert(1)</script>">x</a>'],
  ];
  for (const [name, payload] of attacks) {
    it(`makes ${name} inert`, () => {
      const html = throughTheSite(payload);
      assert.doesNotMatch(html, /<(script|svg|math|style|iframe|form|meta|base|input)\b/i, html);
      assert.doesNotMatch(html, /\son\w+=|javascript:|data:text|style=/i, html);
    });
  }

  it('turns a remote image into a link, so a page never loads a tracker', () => {
    const html = throughTheSite(
      '<p>hi <img src="https://tracker.example/pixel.gif" alt="pixel"></p>',
    );
    assert.doesNotMatch(html, /<img/);
    assert.match(
      html,
      /<a href="https:\/\/tracker\.example\/pixel\.gif" rel="noreferrer">pixel<\/a>/,
    );
  });

  it('keeps what Mastodon means: links, hashtags, mentions, paragraphs, line breaks', () => {
    const markdown = htmlToMarkdown(
      '<p>Hi <span class="h-card"><a href="https://o.example/@sam" class="u-url mention">@<span>sam</span></a></span> <a href="https://s.example/tags/bread" class="mention hashtag">#<span>bread</span></a><br>next <a href="https://example.org/a/long/path"><span class="invisible">https://</span><span class="ellipsis">example.org/a/lo</span><span class="invisible">ng/path</span></a></p><p>two</p>',
    );
    assert.equal(
      markdown,
      'Hi [@sam](https://o.example/@sam) [#bread](https://s.example/tags/bread)\\\nnext [example.org/a/lo](https://example.org/a/long/path)\n\ntwo',
    );
  });

  it('is idempotent on its own output', () => {
    const once = htmlToMarkdown('<p><em>a</em> <strong>b</strong> <code>c</code></p>');
    assert.equal(once, '_a_ **b** `c`');
  });
});
