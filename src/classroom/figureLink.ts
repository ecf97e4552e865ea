import { withParams } from '../state/address/query';

/**
 * The addresses a figure's toolbar hands out. Both start from the address the page keeps in
 * step with its stores (src/state/urlSync.ts): whatever a part of the page writes there (the
 * network, the step, the display, the lab, section 8's shape …) is in every link, without a
 * list of parameters here.
 */
export const EMBED_PARAM = 'embed';

const EMBED = new Set([EMBED_PARAM]);

interface Place {
  origin: string;
  pathname: string;
  search: string;
}

/** The page at this section, in this state: the address without `embed`, the section as fragment. */
export function sectionLink(place: Place, section: string): string {
  return `${place.origin}${place.pathname}${withParams(place.search, EMBED, [])}#${encodeURIComponent(section)}`;
}

/** The section's figure alone, in this state: `?embed=<id>&…`. */
export function embedLink(place: Place, section: string): string {
  return `${place.origin}${place.pathname}${withParams(place.search, EMBED, [`${EMBED_PARAM}=${encodeURIComponent(section)}`])}`;
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The HTML a course page pastes to show the figure. */
export function iframeSnippet(src: string, title: string, width: number, height: number): string {
  return `<iframe src="${attr(src)}" width="${width}" height="${height}" title="${attr(title)}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}
