import type { MDXComponents } from 'mdx/types';
import type { ComponentType } from 'react';

/** What every content/NN-name.mdx exports besides its prose. */
export interface SectionModule {
  default: ComponentType<{ components?: MDXComponents }>;
  /** `unnumbered`: an opening that sits before section 1 and takes no number (content/00-goal.mdx) */
  meta: { id: string; title: string; short?: string; unnumbered?: boolean; wideFigure?: boolean };
  /** the live figure that sits beside the prose */
  Figure?: ComponentType;
}

const modules = import.meta.glob<SectionModule>('../../content/*.mdx', { eager: true });

/** The sections in reading order: content files are numbered, so their paths sort. */
export const sections: readonly (SectionModule & { path: string })[] = Object.entries(modules)
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([path, m]) => ({ ...m, path }));
