import { useEffect, useReducer } from 'react';
import { isKatexReady, onKatexReady, renderTex } from './katex';

interface TexProps {
  tex: string;
  display?: boolean;
  /** shown until KaTeX has loaded, and read by screen readers if given */
  fallback?: string;
  className?: string;
}

/** Typesets live TeX with KaTeX (loaded lazily); static math is typeset at build time instead. */
export function Tex({ tex, display = false, fallback, className }: TexProps) {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  useEffect(() => (isKatexReady() ? undefined : onKatexReady(rerender)), []);
  const html = renderTex(tex, display);
  const Tag = display ? 'div' : 'span';
  const cls = ['live-tex', display ? 'live-tex--display' : '', className ?? ''].join(' ').trim();
  if (html === null) return <Tag className={`${cls} live-tex--pending`}>{fallback ?? tex}</Tag>;
  // biome-ignore lint/security/noDangerouslySetInnerHtml: KaTeX output of TeX we build from numbers
  return <Tag className={cls} dangerouslySetInnerHTML={{ __html: html }} />;
}
