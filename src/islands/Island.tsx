import { type ComponentType, createContext, useContext, useRef } from 'react';
import { IslandContent } from './IslandContent';
import { IslandComponentsContext } from './IslandContext';
import { type IslandName, type IslandProps, islandRegistry } from './registry';

/**
 * At build time the page is rendered with a collector: each island leaves a numbered placeholder
 * and is rendered again on its own (scripts/prerender.ts, src/entry-server.tsx), exactly as the
 * browser hydrates it, one root per island, so even `useId` values match.
 */
export const IslandCollectorContext = createContext<{
  add: (name: IslandName, props: Record<string, unknown>) => number;
} | null>(null);

/** Where an island's own prerendered HTML goes inside its host element. */
export const islandPlaceholder = (n: number) => `<!--island:${n}-->`;

/**
 * An island as the page composes it: `island('LiveFormula')` is a component taking
 * LiveFormula's props. It renders `<div data-island="LiveFormula" data-props='{"q":…}'>` around
 * the component, so the prerendered HTML carries what the browser needs to bring it to life.
 * Props must survive JSON: the MDX passes strings, numbers, booleans and arrays of them.
 */
export function island<N extends IslandName>(name: N): ComponentType<IslandProps<N>> {
  const Tag = islandRegistry[name].inline ? 'span' : 'div';
  // biome-ignore lint/correctness/noComponentHookFactories: called once per island name, at import, never in a render
  function IslandHost(props: IslandProps<N>) {
    const collector = useContext(IslandCollectorContext);
    const components = useContext(IslandComponentsContext);
    const ref = useRef<HTMLElement>(null);
    const plain = props as Record<string, unknown>;
    const host = {
      className: 'island',
      'data-island': name,
      'data-props': JSON.stringify(plain),
      ...(islandRegistry[name].eager ? { 'data-island-eager': '' } : {}),
    };
    if (collector) {
      const n = collector.add(name, plain);
      // biome-ignore lint/security/noDangerouslySetInnerHtml: a comment the prerender replaces
      return <Tag {...host} data-island-key={n} dangerouslySetInnerHTML={{ __html: islandPlaceholder(n) }} />;
    }
    if (!components) throw new Error(`The island ${name} rendered outside a page that loaded its code`);
    const Component = components[name] as unknown as ComponentType<Record<string, unknown>>;
    return (
      <Tag {...host} ref={ref as never}>
        <IslandContent name={name} Component={Component} props={plain} host={ref} />
      </Tag>
    );
  }
  IslandHost.displayName = `Island(${name})`;
  return IslandHost;
}

/** The islands the content uses, by the names the MDX writes. */
export const WarmUpFigure = island('WarmUpFigure');
export const BiasFigure = island('BiasFigure');
export const DerivationFigure = island('DerivationFigure');
export const AnyNetworkFigure = island('AnyNetworkFigure');
export const CodePanel = island('CodePanel');
export const XorFigure = island('XorFigure');
export const TricksFigure = island('TricksFigure');
export const LiveFormula = island('LiveFormula');
export const GradientCheckTable = island('GradientCheckTable');
export const SlipCheck = island('SlipCheck');
export const LabValue = island('LabValue');
export const LabGradW2 = island('LabGradW2');
export const Notices = island('Notices');
export const AutodiffFigure = island('AutodiffFigure');
export const YourTurn = island('YourTurn');
export const OpenControls = island('OpenControls');
export const KeyboardHelp = island('KeyboardHelp');
export const ThemeToggle = island('ThemeToggle');
export const PrintAddress = island('PrintAddress');
export const ClassroomLinks = island('ClassroomLinks');
export const FigureTools = island('FigureTools');
