import { describe, expect, it } from 'vitest';
import { httpsUrl } from './https-url.js';

describe('httpsUrl', () => {
  it('keeps an absolute https address', () => {
    expect(httpsUrl('https://finlex.fi/fi/laki/ajantasa/2007/20070417')).toBe('https://finlex.fi/fi/laki/ajantasa/2007/20070417');
  });

  it('refuses every other scheme, however it is spelled', () => {
    // given
    const hostile = ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'http://finlex.fi/', '//finlex.fi/', '/relative', '', undefined];

    // when
    const kept = hostile.map((value) => httpsUrl(value));

    // then
    expect(kept).toEqual(hostile.map(() => undefined));
  });

  it('encodes what would break out of an attribute', () => {
    expect(httpsUrl(`https://finlex.fi/"><img src=x onerror=alert(1)>`)).toBe('https://finlex.fi/%22%3E%3Cimg%20src=x%20onerror=alert(1)%3E');
  });
});
