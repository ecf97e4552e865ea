import type { Element, ElementContent, Root, RootContent } from 'hast';

/**
 * A rehype plugin for content/*.mdx: wraps a section's opening (everything up to and including
 * its first paragraph, and the display formulas that end it) in `<div class="section__prose section__lead">`, the rest in
 * `<div class="section__prose section__rest">`,
 * and puts a `<FigureSlot />` between them. Section.tsx renders the live figure in that slot, so
 * in the HTML the figure follows the first paragraph: on a phone it sits right there, on a wide
 * screen the grid in styles.css moves it into a sticky column beside the prose.
 * Imports and exports (mdxjsEsm) stay at the top level, where MDX needs them.
 */
export function rehypeFigureSlot() {
  return (tree: Root) => {
    const esm: RootContent[] = [];
    const body: ElementContent[] = [];
    for (const node of tree.children) {
      if (node.type === 'mdxjsEsm' || node.type === 'doctype') esm.push(node);
      else body.push(node as ElementContent);
    }
    const first = body.findIndex((n) => n.type === 'element' && n.tagName === 'p');
    let cut = first === -1 ? 0 : first + 1;
    // a paragraph that leads into a display formula ("that sum would be $$…$$") keeps it
    for (let i = cut; first !== -1 && i < body.length; i++) {
      const n = body[i];
      if (n.type === 'text' && !n.value.trim()) continue;
      if (!isDisplayMath(n)) break;
      cut = i + 1;
    }
    const slot = { type: 'mdxJsxFlowElement', name: 'FigureSlot', attributes: [], children: [] };
    tree.children = [
      ...esm,
      div(['section__prose', 'section__lead'], body.slice(0, cut)),
      slot as unknown as RootContent,
      div(['section__prose', 'section__rest'], body.slice(cut)),
    ];
  };
}

const isDisplayMath = (n: ElementContent) =>
  n.type === 'element' &&
  Array.isArray(n.properties.className) &&
  n.properties.className.includes('katex-display');

const div = (className: string[], children: ElementContent[]): Element => ({
  type: 'element',
  tagName: 'div',
  properties: { className },
  children,
});
