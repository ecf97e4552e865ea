import { EMBED_PARAM } from '../classroom/figureLink';
import { FigureTools, Notices } from '../islands/Island';
import { withParams } from '../state/address/query';
import { sections } from './sections';

/**
 * `?embed=<section-id>`: one section's live figure alone, for an iframe on a course page. No
 * page header, contents, prose or headings; the state comes from the address like the page's.
 * An unknown id says so and lists the ids there are.
 */
export function EmbeddedFigure({ id }: { id: string }) {
  const section = sections.find((s) => s.meta.id === id && s.Figure);
  // the whole page at this section, in the same state
  const page = `./${withParams(window.location.search, new Set([EMBED_PARAM]), [])}#${id}`;
  if (!section?.Figure) {
    const ids = sections.filter((s) => s.Figure).map((s) => s.meta.id);
    return (
      <main className="embed embed--unknown" id="main">
        <p role="alert">
          There is no figure called “{id}” to embed. <code>?embed=</code> takes one of these section ids:
        </p>
        <ul>
          {ids.map((valid) => (
            <li key={valid}>
              <a href={`?embed=${valid}`}>{valid}</a>
            </li>
          ))}
        </ul>
      </main>
    );
  }
  const { Figure, meta } = section;
  return (
    <main className="embed" id="main">
      {/* for screen readers only: what this frame holds; the figure itself shows no heading */}
      <h1 className="sr-only">{meta.title}</h1>
      <Notices />
      <aside className="section__figure section__figure--embed" aria-label={`Live figure: ${meta.title}`}>
        <FigureTools section={meta.id} title={meta.title} />
        <div className="section__figure-inner">
          <Figure />
        </div>
      </aside>
      <a className="embed__source" href={page} target="_blank" rel="noopener">
        Open in “Backprop, one matrix at a time”
      </a>
    </main>
  );
}
