import { flushSync } from 'react-dom';
import { hydrateRoot, type Root } from 'react-dom/client';
import { loadKatex } from '../tex/katex';
import { IslandContent } from './IslandContent';
import { islandFailure } from './islandFailure';
import { isIslandName, islandRegistry } from './registry';

/** What the page exposes for printing and for tests: `window.backpropIslands`. */
export interface IslandsHandle {
  /** bring every island to life now (printing; tests) */
  hydrateAll(): Promise<void>;
  /** every island follows the stores wherever it is (true while printing) */
  setLiveEverywhere(on: boolean): void;
  /** how many islands are alive (hydrated, their effects run), and how many the page has */
  count(): { live: number; total: number };
  stop(): void;
}

declare global {
  interface Window {
    backpropIslands?: IslandsHandle;
  }
}

/** Islands come alive this far before they scroll into view: a screen's height ahead. */
const AHEAD = '100% 0px 100% 0px';

/**
 * Brings the prerendered page to life: each `[data-island]` element is hydrated, with its own
 * React root, when it comes near the viewport; its code is fetched only then. The prose around
 * the islands is never touched. An island whose code fails to load keeps its prerendered
 * rendering and says so, with a retry; one that throws shows its error boundary's message.
 */
export function startIslands(win: Window): IslandsHandle {
  const doc = win.document;
  const hosts = [...doc.querySelectorAll<HTMLElement>('[data-island]')];
  const roots = new Map<HTMLElement, { root: Root; render: (live: boolean) => React.ReactNode }>();
  const started = new Map<HTMLElement, Promise<void>>();
  let liveEverywhere = false;

  async function hydrate(host: HTMLElement): Promise<void> {
    const name = host.dataset.island ?? '';
    if (!isIslandName(name)) throw new Error(`the page names an unknown island “${name}”`);
    const props = JSON.parse(host.dataset.props ?? '{}') as Record<string, unknown>;
    const Component = (await islandRegistry[name].load()) as React.ComponentType<Record<string, unknown>>;
    const ref = { current: host };
    let markLive: () => void = () => {};
    const hydrated = new Promise<void>((resolve) => {
      markLive = () => {
        host.dataset.islandLive = '';
        resolve();
      };
    });
    const render = (live: boolean) => (
      <IslandContent
        name={name}
        Component={Component}
        props={props}
        host={ref}
        forceLive={live}
        onLive={markLive}
      />
    );
    const root = hydrateRoot(host, render(liveEverywhere), {
      identifierPrefix: `i${host.dataset.islandKey ?? ''}-`,
    });
    roots.set(host, { root, render });
    await hydrated;
    if (host.querySelector('.live-tex')) loadKatexWhenIdle();
  }

  // Live formulas keep their prerendered typesetting, numbers included (src/tex/Tex.tsx); KaTeX
  // is needed only for a new shape (a step, a switch). Its JavaScript (75 KB, a long task to
  // evaluate on a phone) is fetched once the first island with formulas is alive and the page is
  // idle: not during the page coming alive, and not at the reader's first input either, which
  // would then wait for it. A formula that needs a new shape sooner asks for it itself.
  let katexScheduled = false;
  function loadKatexWhenIdle() {
    if (katexScheduled) return;
    katexScheduled = true;
    const idle = (win as Partial<Pick<Window, 'requestIdleCallback'>>).requestIdleCallback;
    if (idle) idle.call(win, () => void loadKatex(), { timeout: 5000 });
    else setTimeout(() => void loadKatex(), 1000);
  }

  function start(host: HTMLElement): Promise<void> {
    let p = started.get(host);
    if (!p) {
      p = hydrate(host).catch((error: unknown) => {
        started.delete(host);
        islandFailure(host, error, () => void start(host));
      });
      started.set(host, p);
    }
    return p;
  }

  const observer = new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        if (!e.isIntersecting) continue;
        observer.unobserve(e.target);
        void start(e.target as HTMLElement);
      }
    },
    { rootMargin: AHEAD },
  );
  for (const host of hosts) {
    if ('islandEager' in host.dataset) void start(host);
    else observer.observe(host);
  }

  const setLiveEverywhere = (on: boolean) => {
    liveEverywhere = on;
    flushSync(() => {
      for (const { root, render } of roots.values()) root.render(render(on));
    });
  };
  const hydrateAll = async () => {
    await Promise.all(hosts.map(start));
  };
  // print shows today's numbers: the islands already alive catch up at once; the rest come alive
  // (a browser's own print dialog may be quicker than their code: window.backpropIslands lets a
  // caller wait for hydrateAll() first)
  const beforePrint = () => {
    setLiveEverywhere(true);
    void hydrateAll().then(() => setLiveEverywhere(true));
  };
  const afterPrint = () => setLiveEverywhere(false);
  win.addEventListener('beforeprint', beforePrint);
  win.addEventListener('afterprint', afterPrint);

  return {
    hydrateAll,
    setLiveEverywhere,
    count: () => ({ live: hosts.filter((h) => 'islandLive' in h.dataset).length, total: hosts.length }),
    stop() {
      observer.disconnect();
      win.removeEventListener('beforeprint', beforePrint);
      win.removeEventListener('afterprint', afterPrint);
      for (const { root } of roots.values()) root.unmount();
      roots.clear();
    },
  };
}
