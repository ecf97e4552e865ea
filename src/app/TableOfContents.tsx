import type { SectionModule } from './sections';

export function TableOfContents({ sections }: { sections: readonly SectionModule[] }) {
  return (
    <nav className="toc" aria-label="Contents">
      <h2 className="toc__title">Contents</h2>
      <ol>
        {sections.map((s) => (
          <li key={s.meta.id}>
            <a href={`#${s.meta.id}`}>{s.meta.short ?? s.meta.title}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
