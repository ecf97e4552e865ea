import type { ComponentType, ReactNode } from 'react';
import { AnyNetworkFigure } from '../figures/anyNetwork/AnyNetworkFigure';
import { BiasFigure } from '../figures/bias/BiasFigure';
import { CodePanel } from '../figures/code/CodePanel';
import { GradientCheckTable } from '../figures/gradcheck/GradientCheckTable';
import * as islands from '../islands/Island';
import { sectionNumbers } from './sectionNumbers';
import { sections } from './sections';

/** One figure shown alone on the gallery page (`?gallery`), for building and screenshot review. */
export interface GalleryEntry {
  /** the component's name, or what distinguishes this variant; also the frame's heading */
  name: string;
  render: () => ReactNode;
}

/**
 * Figures exported from src/figures, each with the stores' default data (the gallery resets
 * them first). To add a figure, add one line: `{ name: 'MyFigure', render: () => <MyFigure /> }`.
 */
const figureEntries: GalleryEntry[] = [
  { name: 'BiasFigure', render: () => <BiasFigure /> },
  { name: 'GradientCheckTable', render: () => <GradientCheckTable /> },
  { name: 'AnyNetworkFigure', render: () => <AnyNetworkFigure /> },
  { name: 'CodePanel (2x2, open)', render: () => <CodePanel network="2x2" startOpen /> },
  { name: 'CodePanel (section 8, open)', render: () => <CodePanel network="any" startOpen /> },
];

/** Section figures already listed above under their own name. */
const listed = new Set<ComponentType>([islands.BiasFigure, islands.AnyNetworkFigure]);

/**
 * Every other section's figure as the page composes it (e.g. each DerivationFigure variant
 * with the matrices its section names), so new sections appear here without an edit.
 */
const numbers = sectionNumbers(sections);
const sectionEntries: GalleryEntry[] = sections.flatMap((s, i) => {
  const Figure = s.Figure;
  if (!Figure || listed.has(Figure)) return [];
  const n = numbers[i];
  return [{ name: `${n === null ? 'Opening' : `Section ${n}`}: ${s.meta.title}`, render: () => <Figure /> }];
});

export const galleryEntries: readonly GalleryEntry[] = [...figureEntries, ...sectionEntries];

/** A frame's id and `?gallery=<slug>` value: the name in lower case, runs of other characters as '-'. */
export const gallerySlug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
