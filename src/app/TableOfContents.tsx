import { sectionNumbers } from './sectionNumbers';
import type { SectionModule } from './sections';

/** The contents: numbered sections keep their numbers; an unnumbered opening is listed without one. */
export function TableOfContents({ sections }: { sections: readonly SectionModule[] }) {
  const numbers = sectionNumbers(sections);
  return (
    <nav className="toc" aria-label="Contents">
      <h2 className="toc__title">Contents</h2>
      <ol>
        {sections.map((s, i) => {
          const n = numbers[i] ?? null;
          return (
            <li key={s.meta.id} value={n ?? undefined} className={n === null ? 'toc__unnumbered' : undefined}>
              <a href={`#${s.meta.id}`}>{s.meta.short ?? s.meta.title}</a>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
