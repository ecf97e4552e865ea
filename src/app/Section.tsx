import { type ComponentType, useRef } from 'react';
import { VisibleContext } from '../state/useLive';
import { ErrorBoundary } from './ErrorBoundary';
import { mdxComponents } from './mdxComponents';
import type { SectionModule } from './sections';
import { useKeyboardScrollable } from './useKeyboardScrollable';
import { useOnScreen } from './useOnScreen';
import { useStickyFit } from './useStickyFit';

/** One section: prose on the left, its live figure on the right (below the prose on a phone). */
export function Section({ section, index }: { section: SectionModule; index: number }) {
  const { default: Prose, meta, Figure } = section;
  const ref = useRef<HTMLElement>(null);
  useKeyboardScrollable(ref);
  const onScreen = useOnScreen(ref);
  return (
    <VisibleContext.Provider value={onScreen}>
      <section ref={ref} id={meta.id} className="section" aria-labelledby={`${meta.id}-title`}>
        <div className="section__prose">
          <h2 id={`${meta.id}-title`}>
            <span className="section__number">{index + 1}.</span> {meta.title}
          </h2>
          <Prose components={mdxComponents} />
        </div>
        {Figure ? <FigureColumn Figure={Figure} title={meta.title} /> : null}
      </section>
    </VisibleContext.Provider>
  );
}

function FigureColumn({ Figure, title }: { Figure: ComponentType; title: string }) {
  const ref = useRef<HTMLElement>(null);
  useStickyFit(ref);
  return (
    <aside ref={ref} className="section__figure" aria-label={`Live figure: ${title}`}>
      <div className="section__figure-inner">
        <ErrorBoundary what={`the figure for “${title}”`}>
          <Figure />
        </ErrorBoundary>
      </div>
    </aside>
  );
}
