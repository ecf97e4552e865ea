import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * The printout's last line: the address that reproduces it (the network's weights and the lab's
 * state live in the address). Only print shows it. It is read on load, when printing starts, and
 * when the page switches to print media (print preview, emulated print).
 */
export function PrintAddress() {
  const [address, setAddress] = useState<string | null>(null);
  useEffect(() => {
    // printing lays the page out as soon as beforeprint returns: render the line before that
    const read = () => flushSync(() => setAddress(window.location.href));
    setAddress(window.location.href);
    const print = window.matchMedia('print');
    const onMedia = () => print.matches && read();
    window.addEventListener('beforeprint', read);
    window.addEventListener('load', read);
    print.addEventListener('change', onMedia);
    return () => {
      window.removeEventListener('beforeprint', read);
      window.removeEventListener('load', read);
      print.removeEventListener('change', onMedia);
    };
  }, []);
  return (
    <p className="print-only print-address" data-testid="print-address">
      This printout shows the network at{' '}
      {address ? (
        <span className="print-address__url">{address}</span>
      ) : (
        'the address this page was opened at'
      )}
      .
    </p>
  );
}
