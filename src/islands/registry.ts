import type { ComponentType } from 'react';

/**
 * Every interactive part of the page, by name: the section figures and the live components the
 * prose uses. The prerendered HTML marks each one `data-island="Name"`; the browser fetches its
 * code only when it comes near the viewport (src/islands/bootstrap.ts). To add one, add a line.
 * `inline` islands sit inside a paragraph, so their wrapper is a span.
 */
interface IslandEntry<P> {
  load: () => Promise<ComponentType<P>>;
  inline: boolean;
  /** comes alive at once wherever it is (page-wide behaviour such as the "?" key), not when near */
  eager: boolean;
}

const def = <P>(load: () => Promise<ComponentType<P>>, inline = false, eager = false): IslandEntry<P> => ({
  load,
  inline,
  eager,
});

export const islandRegistry = {
  WarmUpFigure: def(() => import('../figures/warmup/WarmUpFigure').then((m) => m.WarmUpFigure)),
  BiasFigure: def(() => import('../figures/bias/BiasFigure').then((m) => m.BiasFigure)),
  DerivationFigure: def(() =>
    import('../figures/derivation/DerivationFigure').then((m) => m.DerivationFigure),
  ),
  AnyNetworkFigure: def(() =>
    import('../figures/anyNetwork/AnyNetworkFigure').then((m) => m.AnyNetworkFigure),
  ),
  CodePanel: def(() => import('../figures/code/CodePanel').then((m) => m.CodePanel)),
  XorFigure: def(() => import('../figures/lab/XorFigure').then((m) => m.XorFigure)),
  TricksFigure: def(() => import('../figures/lab/TricksFigure').then((m) => m.TricksFigure)),
  AutodiffFigure: def(() => import('../figures/autodiff/AutodiffFigure').then((m) => m.AutodiffFigure)),
  LiveFormula: def(() => import('../figures/formula/LiveFormula').then((m) => m.LiveFormula)),
  GradientCheckTable: def(() =>
    import('../figures/gradcheck/GradientCheckTable').then((m) => m.GradientCheckTable),
  ),
  SlipCheck: def(() => import('../figures/slips/SlipCheck').then((m) => m.SlipCheck)),
  LabValue: def(() => import('../figures/lab/LabInline').then((m) => m.LabValue), true),
  LabGradW2: def(() => import('../figures/lab/LabInline').then((m) => m.LabGradW2)),
  YourTurn: def(() => import('../teach/YourTurn').then((m) => m.YourTurn)),
  OpenControls: def(() => import('../teach/OpenControls').then((m) => m.OpenControls)),
  KeyboardHelp: def(() => import('../teach/KeyboardHelp').then((m) => m.KeyboardHelp), false, true),
  ThemeToggle: def(() => import('../app/ThemeToggle').then((m) => m.ThemeToggle), false, true),
  PrintAddress: def(() => import('../app/PrintAddress').then((m) => m.PrintAddress), false, true),
  ClassroomLinks: def(() => import('../classroom/ClassroomLinks').then((m) => m.ClassroomLinks)),
  FigureTools: def(() => import('../classroom/FigureTools').then((m) => m.FigureTools)),
  Notices: def(() => import('../app/Notices').then((m) => m.Notices), false, true),
};

export type IslandName = keyof typeof islandRegistry;

/** The props an island takes: what the MDX passes, checked by the type checker. */
export type IslandProps<N extends IslandName> =
  (typeof islandRegistry)[N] extends IslandEntry<infer P> ? P : never;

type Loaded<N extends IslandName> = ComponentType<IslandProps<N>>;

/** Every island's component, loaded; the prerender and the development page render them all. */
export type IslandComponents = { [N in IslandName]: Loaded<N> };

export const isIslandName = (name: string): name is IslandName => Object.hasOwn(islandRegistry, name);

export async function loadAllIslands(): Promise<IslandComponents> {
  const names = Object.keys(islandRegistry) as IslandName[];
  const loaded = await Promise.all(names.map((n) => islandRegistry[n].load()));
  return Object.fromEntries(names.map((n, i) => [n, loaded[i]])) as IslandComponents;
}
