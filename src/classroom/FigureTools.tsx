import { useId, useRef, useState } from 'react';
import { flushAddress } from '../state/address/syncAddress';
import { useLabStore } from '../state/lab/labStore';
import { useAppStore } from '../state/store';
import { download, figureBackground, mainDiagram, standaloneSvg, svgToPng } from './exportSvg';
import { embedLink, iframeSnippet, sectionLink } from './figureLink';
import { type Presenting, present } from './present';

interface FigureToolsProps {
  /** the section's id: the link's fragment, the embed's id and the files' names */
  section: string;
  /** the section's title, for the iframe's title */
  title: string;
}

type Panel = { kind: 'embed'; snippet: string } | { kind: 'link'; link: string } | null;

const PAGE_TITLE = 'Backprop, one matrix at a time';

/**
 * A row of small buttons above each live figure, for a teacher: copy a link that reopens this
 * view, the <iframe> that embeds the figure, present it full screen, and save its diagram as
 * SVG or PNG. Every link is built from the address the page keeps in step with its state.
 */
export function FigureTools({ section, title }: FigureToolsProps) {
  const root = useRef<HTMLDivElement>(null);
  const presentButton = useRef<HTMLButtonElement>(null);
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const [panel, setPanel] = useState<Panel>(null);
  const [presenting, setPresenting] = useState<Presenting | null>(null);
  const fieldId = useId();

  const figure = () => root.current?.closest<HTMLElement>('.section__figure') ?? null;
  const say = (text: string, error = false) => setStatus({ text, error });
  const here = () => {
    flushAddress(); // the address may lag the last drag by a moment
    return window.location;
  };

  async function copy(text: string, done: string): Promise<boolean> {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      say(done);
      return true;
    } catch {
      return false;
    }
  }

  async function copyLink() {
    const link = sectionLink(here(), section);
    if (await copy(link, 'Link copied')) {
      setPanel(null);
      return;
    }
    say('The browser did not allow copying. Select the link below and copy it (Ctrl+C, or ⌘C).', true);
    setPanel({ kind: 'link', link });
  }

  function showEmbed() {
    if (panel?.kind === 'embed') {
      setPanel(null);
      return;
    }
    const el = figure();
    const inner = el?.querySelector<HTMLElement>('.section__figure-inner');
    const width = Math.min(1200, Math.max(320, Math.round(inner?.offsetWidth ?? 600)));
    const height = Math.min(2000, Math.max(320, Math.round((inner?.offsetHeight ?? 600) + 60)));
    const snippet = iframeSnippet(embedLink(here(), section), `${PAGE_TITLE}: ${title}`, width, height);
    setStatus(null);
    setPanel({ kind: 'embed', snippet });
  }

  function step(direction: 1 | -1) {
    const el = figure();
    if (el?.querySelector('.stepper')) {
      const s = useAppStore.getState();
      (direction > 0 ? s.stepNext : s.stepPrev)();
    } else if (el?.querySelector('.lab') && direction > 0) {
      useLabStore.getState().step();
    }
  }

  async function togglePresent() {
    if (presenting) {
      presenting.stop();
      return;
    }
    const el = figure();
    if (!el) return;
    const p = await present(el, step, () => {
      setPresenting(null);
      presentButton.current?.focus();
    });
    setPresenting(p);
  }

  async function exportAs(kind: 'svg' | 'png') {
    const el = figure();
    const svg = el ? mainDiagram(el) : null;
    if (!el || !svg) {
      say('This figure has no diagram to save yet.', true);
      return;
    }
    try {
      const file = standaloneSvg(svg, figureBackground(el));
      const blob =
        kind === 'svg' ? new Blob([file.text], { type: 'image/svg+xml' }) : await svgToPng(file, 2);
      download(blob, `backprop-${section}.${kind}`);
      say(kind === 'svg' ? 'SVG saved' : 'PNG saved');
    } catch (e) {
      say(
        `The ${kind.toUpperCase()} could not be made: ${e instanceof Error ? e.message : String(e)}.`,
        true,
      );
    }
  }

  return (
    <div ref={root} className="figure-tools">
      <div className="figure-tools__buttons" role="group" aria-label={`Share or show this figure: ${title}`}>
        <button type="button" onClick={copyLink}>
          Copy link
        </button>
        <button type="button" onClick={showEmbed} aria-expanded={panel?.kind === 'embed'}>
          Embed
        </button>
        <button ref={presentButton} type="button" onClick={togglePresent} aria-pressed={presenting !== null}>
          {presenting ? 'Leave (Esc)' : 'Present'}
        </button>
        <button type="button" onClick={() => exportAs('svg')} aria-label="Download SVG of the diagram">
          SVG
        </button>
        <button type="button" onClick={() => exportAs('png')} aria-label="Download PNG of the diagram">
          PNG
        </button>
      </div>
      <p
        className={`figure-tools__status${status?.error ? ' figure-tools__status--error' : ''}`}
        role="status"
      >
        {status?.text ?? ''}
      </p>
      {panel?.kind === 'link' ? (
        <div className="figure-tools__panel">
          <label htmlFor={fieldId}>Link to this view</label>
          <input
            id={fieldId}
            type="text"
            readOnly
            value={panel.link}
            onFocus={(e) => e.currentTarget.select()}
          />
        </div>
      ) : null}
      {panel?.kind === 'embed' ? (
        <div className="figure-tools__panel">
          <label htmlFor={fieldId}>HTML to embed this figure, as it is now</label>
          <textarea
            id={fieldId}
            readOnly
            rows={3}
            value={panel.snippet}
            onFocus={(e) => e.currentTarget.select()}
          />
          <button
            type="button"
            onClick={async () => {
              if (!(await copy(panel.snippet, 'Embed code copied'))) {
                say(
                  'The browser did not allow copying. Select the code above and copy it (Ctrl+C, or ⌘C).',
                  true,
                );
              }
            }}
          >
            Copy embed code
          </button>
        </div>
      ) : null}
    </div>
  );
}
