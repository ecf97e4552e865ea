import { Notices } from './Notices';
import { PrintAddress } from './PrintAddress';
import { Section } from './Section';
import { sections } from './sections';
import { TableOfContents } from './TableOfContents';
import { ThemeToggle } from './ThemeToggle';

export function App() {
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
      </header>
      <Notices />
      <TableOfContents sections={sections} />
      <main id="main" className="article">
        {sections.map((s, i) => (
          <Section key={s.meta.id} section={s} index={i} />
        ))}
      </main>
      <footer className="page-footer">
        <p>Every number on this page is computed in your browser by the tutorial&rsquo;s own engine.</p>
        <PrintAddress />
      </footer>
    </>
  );
}
