import './lab.css';
import type { ReactNode } from 'react';
import { useLabRuntime } from './useLabRuntime';

/** One lab figure part shown alone (a gallery page): the lab's styles and its training loop. */
export function LabGalleryFrame({ children }: { children: ReactNode }) {
  useLabRuntime();
  return <div className="lab">{children}</div>;
}
