import './gallery.css';
import { useRef, useState } from 'react';
import { useAnyNetworkStore } from '../state/anyNetwork/store';
import { useAppStore } from '../state/store';
import { ErrorBoundary } from './ErrorBoundary';
import { type GalleryEntry, galleryEntries, gallerySlug } from './galleryEntries';
import { useKeyboardScrollable } from './useKeyboardScrollable';

/** Fixed data for reproducible screenshots: every store back to its defaults. */
function resetStores() {
  useAppStore.getState().resetNetwork();
  useAnyNetworkStore.getState().reset();
}

/**
 * The development page (`?gallery`, or `?gallery=<slug>` for one figure): each figure alone in
 * a labelled frame, outside the article, with the default network.
 */
export function Gallery({ only = '' }: { only?: string }) {
  useState(resetStores); // once, before the figures first read the stores
  const ref = useRef<HTMLElement>(null);
  useKeyboardScrollable(ref);
  const shown = only ? galleryEntries.filter((e) => gallerySlug(e.name) === only) : galleryEntries;
  return (
    <main ref={ref} className="gallery" id="main">
      <h1>Figure gallery</h1>
      <p className="gallery__lede">
        Each figure alone, with the default data. {shown.length} of {galleryEntries.length} shown;{' '}
        <a href="?gallery">show all</a>, or open one with <code>?gallery=&lt;name&gt;</code>.
      </p>
      <nav aria-label="Figures">
        <ul className="gallery__index">
          {galleryEntries.map((e) => (
            <li key={e.name}>
              <a href={`?gallery=${gallerySlug(e.name)}`}>{e.name}</a>
            </li>
          ))}
        </ul>
      </nav>
      {shown.map((e) => (
        <GalleryFrame key={e.name} entry={e} />
      ))}
    </main>
  );
}

function GalleryFrame({ entry }: { entry: GalleryEntry }) {
  const slug = gallerySlug(entry.name);
  return (
    <section
      className="gallery-frame"
      id={slug}
      data-gallery-entry={entry.name}
      aria-labelledby={`${slug}-title`}
    >
      <h2 id={`${slug}-title`}>{entry.name}</h2>
      <div className="gallery-frame__body section__figure-inner">
        <ErrorBoundary what={entry.name}>{entry.render()}</ErrorBoundary>
      </div>
    </section>
  );
}
