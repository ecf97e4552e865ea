import { useRef } from 'react';
import { KeyboardHelp, Notices, PrintAddress, ThemeToggle } from '../islands/Island';
import { Section } from './Section';
import { sectionNumbers } from './sectionNumbers';
import { sections } from './sections';
import { TableOfContents } from './TableOfContents';
import { useKeyboardScrollable } from './useKeyboardScrollable';

/** The whole page: rendered once at build time (scripts/prerender.ts), and in the browser only in development. */
export function App() {
  const main = useRef<HTMLElement>(null);
  useKeyboardScrollable(main);
  const numbers = sectionNumbers(sections);
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to the derivation
      </a>
      <header className="page-header">
        <ThemeToggle />
        <h1>Backprop, one matrix at a time</h1>
        <p className="page-header__lede">
          A derivation of backpropagation you can poke at. Beside every step, a live network computes exactly
          the quantities the text talks about, for the weights you choose.
        </p>
        <KeyboardHelp />
      </header>
      <Notices />
      <TableOfContents sections={sections} />
      <main ref={main} id="main" className="article">
        {sections.map((s, i) => (
          <Section key={s.meta.id} section={s} number={numbers[i] ?? null} />
        ))}
      </main>
      <footer className="page-footer">
        <p>Every number on this page is computed in your browser by the tutorial&rsquo;s own engine.</p>
        <PrintAddress />
      </footer>
    </>
  );
}
