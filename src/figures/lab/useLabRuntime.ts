import { useEffect } from 'react';
import { acquireLabRuntime } from '../../state/lab/labRuntime';

/** Every lab figure calls this: the training loop and the link run while any lab figure is mounted. */
export function useLabRuntime() {
  useEffect(() => acquireLabRuntime(), []);
}
