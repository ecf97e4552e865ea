import {
  createContext,
  useContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useReducer,
  useRef,
  useSyncExternalStore,
} from 'react';
import { setText } from '../app/setText';
import { isKatexReady, onKatexReady, renderTex } from './katex';
import { fillSlots, slotWidth, splitNumbers } from './numberSlots';
import { plainTex } from './plainTex';

interface TexProps {
  tex: string;
  display?: boolean;
  /** plain words for screen readers (and shown until KaTeX has loaded): "∂E/∂e = 0.1643" */
  fallback?: string;
  className?: string;
  /** quantity keys whose marked terms (`data-q`, see texTerm) are lit */
  lit?: readonly string[];
}

/**
 * Typesets live TeX with KaTeX (loaded lazily; static math is typeset at build time instead).
 * The formula's shape is typeset once and cached; its numbers are written into slots as text
 * on every change (numberSlots.ts), which keeps dragging a weight cheap however many formulas
 * are on screen. Screen readers get `fallback`, the formula in words, not the visual layout.
 */
const noSubscribe = () => () => {};

/**
 * Given by a figure that writes numbers into its formulas without rendering them (patchTex,
 * useLivePatch): writes its latest numbers again. A formula that renders on its own (typesetting
 * itself once KaTeX arrives) renders from props that may be older than the numbers shown.
 */
export const RewriteNumbersContext = createContext<(() => void) | null>(null);

export function Tex({ tex, display = false, fallback, className, lit }: TexProps) {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  // true on the server and while hydrating the prerendered page, false in any later render
  const hydrating = useSyncExternalStore(
    noSubscribe,
    () => false,
    () => true,
  );
  const { template, values } = useMemo(() => splitNumbers(tex), [tex]);
  // what copying it gives (src/classroom/copy): its TeX with today's numbers, without markup
  const source = useMemo(() => plainTex(tex), [tex]);
  // Hydrated onto the prerendered page: the typesetting there is this template's, so it stays
  // (the numbers follow through the slots) and KaTeX is not run for it, not even once KaTeX has
  // loaded; re-typesetting every formula on the page as KaTeX arrived was a tenth of a second of
  // blocking on a phone. A new shape (another template) needs KaTeX: it is asked for then, and
  // the formula reads in words until it comes. A fresh mount typesets at once, or shows words.
  const prerendered = useRef<string | null>(null);
  if (hydrating) prerendered.current = template;
  const keep = typeof window !== 'undefined' && prerendered.current === template;
  if (!keep) prerendered.current = null;
  useEffect(() => (keep || isKatexReady() ? undefined : onKatexReady(rerender)), [keep]);
  const html = keep ? null : renderTex(template, display);
  const ref = useRef<HTMLDivElement>(null);
  const rewrite = useContext(RewriteNumbersContext);
  // write the numbers before paint, every render; the typeset template only when it changes
  useLayoutEffect(() => {
    if (ref.current) writeSlots(ref.current, values);
    rewrite?.();
  });
  const litKey = lit?.join(' ') ?? '';
  // biome-ignore lint/correctness/useExhaustiveDependencies: html stands for the DOM to mark
  useLayoutEffect(() => {
    const keys = new Set(litKey ? litKey.split(' ') : []);
    for (const el of ref.current?.querySelectorAll<HTMLElement>('[data-q]') ?? []) {
      el.classList.toggle('tex-lit', keys.has(el.dataset.q ?? ''));
    }
  }, [litKey, html]);
  const Tag = display ? 'div' : 'span';
  // the prerender runs no effects: its HTML carries the numbers written in (the browser then
  // hydrates with the template and writes the same numbers into the slots)
  const shown = html !== null && typeof window === 'undefined' ? fillSlots(html, values) : html;
  const cls = ['live-tex', display ? 'live-tex--display' : '', className ?? ''].join(' ').trim();
  if (html === null && !keep)
    return (
      <Tag className={`${cls} live-tex--pending`} data-copy-tex={source}>
        {fallback ?? tex}
      </Tag>
    );
  return (
    <Tag className={cls} data-copy-tex={source}>
      <Tag
        ref={ref}
        className="live-tex__visual"
        aria-hidden={fallback ? true : undefined}
        // biome-ignore lint/security/noDangerouslySetInnerHtml: KaTeX output of TeX we build
        dangerouslySetInnerHTML={{ __html: shown ?? '' }}
        // while KaTeX loads, '' stands for the prerendered HTML React leaves in place
        suppressHydrationWarning
      />
      {fallback ? <span className="sr-only sr-only--live">{fallback}</span> : null}
    </Tag>
  );
}

/** Each typeset formula's slots, found once per typesetting (its first element stands for it). */
const slotsOf = new WeakMap<Element, { first: Element | null; slots: HTMLElement[] }>();

/** Writes a formula's numbers into the slots of its typeset template (see numberSlots.ts). */
function writeSlots(visual: Element, values: readonly string[]) {
  let known = slotsOf.get(visual);
  if (!known || known.first !== visual.firstElementChild) {
    known = {
      first: visual.firstElementChild,
      slots: [...visual.querySelectorAll<HTMLElement>('[data-slot]')],
    };
    slotsOf.set(visual, known);
  }
  for (const el of known.slots) {
    const v = values[Number(el.dataset.slot)] ?? '';
    if (!setText(el, v)) continue;
    const width = slotWidth(v);
    if (el.style.width !== width) el.style.width = width;
  }
}

/** A formula's numbers and words, as patchTex writes them: see texNumbers. */
export interface TexNumbers {
  tex: string;
  /** the numbers in its slots (splitNumbers) */
  values: readonly string[];
  /** what copying it gives (plainTex) */
  source: string;
  /** its words for screen readers */
  fallback?: string;
}

/** What patchTex needs to write `tex`, worked out ahead (once per change, by a selector). */
export function texNumbers(tex: string, fallback?: string): TexNumbers & { template: string } {
  const { template, values } = splitNumbers(tex);
  return { tex, template, values, source: plainTex(tex), fallback };
}

/**
 * Writes new numbers into a formula Tex rendered, without rendering it: they must come from a
 * TeX with the same template (splitNumbers) as the one it was rendered with. Its copy source and
 * its words for screen readers follow. For figures that patch their numbers (useLivePatch.ts).
 */
export function patchTex(el: Element | null, { tex, values, source, fallback }: TexNumbers) {
  if (!el) return;
  if (el.getAttribute('data-copy-tex') !== source) el.setAttribute('data-copy-tex', source);
  if (el.classList.contains('live-tex--pending')) {
    // KaTeX has not come yet: the formula reads in words (or its TeX) meanwhile, and React
    // set them as the element's only text
    setText(el, fallback ?? tex);
    return;
  }
  const visual = el.firstElementChild;
  if (visual?.classList.contains('live-tex__visual')) writeSlots(visual, values);
  const words = el.lastElementChild;
  if (fallback !== undefined && words?.classList.contains('sr-only--live')) setText(words, fallback);
}
