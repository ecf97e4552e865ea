import { type ComponentType, createContext, useContext } from 'react';
import { FigureTools } from '../islands/Island';
import { mdxComponents } from './mdxComponents';
import type { SectionModule } from './sections';

const SectionFigure = createContext<{ Figure?: ComponentType; title: string; id: string }>({
  title: '',
  id: '',
});

/**
 * One section: its heading, the prose and the live figure. The prose arrives split in two
 * (src/mdx/rehypeFigureSlot.ts) with a FigureSlot between: the figure follows the first
 * paragraph, so on a phone it is near the words about it; on a wide screen the grid in styles.css
 * puts it in a sticky column beside the prose. The figure is an island (src/islands): it has its
 * own error boundary, and the prose around it needs no JavaScript.
 */
export function Section({ section, number }: { section: SectionModule; number: number | null }) {
  const { default: Prose, meta, Figure } = section;
  return (
    <section
      id={meta.id}
      className={meta.wideFigure ? 'section section--wide-figure' : 'section'}
      aria-labelledby={`${meta.id}-title`}
    >
      <h2 id={`${meta.id}-title`} className="section__title">
        {number === null ? null : <span className="section__number">{number}.</span>} {meta.title}{' '}
        {/* biome-ignore lint/a11y/useAnchorContent: a visible "#" for copying the link; the contents already name it for screen readers */}
        <a className="heading-anchor" href={`#${meta.id}`} aria-hidden="true" tabIndex={-1}>
          #
        </a>
      </h2>
      <SectionFigure.Provider value={{ Figure, title: meta.title, id: meta.id }}>
        <Prose components={{ ...mdxComponents, FigureSlot }} />
      </SectionFigure.Provider>
    </section>
  );
}

/** Where the MDX asks for the section's figure (after the first paragraph). */
function FigureSlot() {
  const { Figure, title, id } = useContext(SectionFigure);
  if (!Figure) return null;
  return (
    <aside className="section__figure" aria-label={`Live figure: ${title}`}>
      <FigureTools section={id} title={title} />
      <div className="section__figure-inner">
        <Figure />
      </div>
    </aside>
  );
}
