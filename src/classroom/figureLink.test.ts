import { describe, expect, it } from 'vitest';
import { embedLink, iframeSnippet, sectionLink } from './figureLink';

const place = {
  origin: 'https://example.org',
  pathname: '/backprop/',
  search: '?W1=0.16,0.2,0.35;0.25,0.3,0.35&step=12&show=numbers&lab=v1~s:5&embed=xor',
};

describe('the links a figure hands out', () => {
  it('Copy link: every synced parameter, no embed, the section as fragment', () => {
    expect(sectionLink(place, 'forward')).toBe(
      'https://example.org/backprop/?W1=0.16,0.2,0.35;0.25,0.3,0.35&step=12&show=numbers&lab=v1~s:5#forward',
    );
    expect(sectionLink({ ...place, search: '' }, 'goal')).toBe('https://example.org/backprop/#goal');
  });

  it('Embed: embed= first, the state after it', () => {
    expect(embedLink(place, 'forward')).toBe(
      'https://example.org/backprop/?embed=forward&W1=0.16,0.2,0.35;0.25,0.3,0.35&step=12&show=numbers&lab=v1~s:5',
    );
  });

  it('the iframe snippet escapes its attributes', () => {
    expect(iframeSnippet('https://x.org/?a=1&b="2"', 'The "forward" pass', 640, 720)).toBe(
      '<iframe src="https://x.org/?a=1&amp;b=&quot;2&quot;" width="640" height="720" title="The &quot;forward&quot; pass" style="border:0;max-width:100%" loading="lazy"></iframe>',
    );
  });
});
