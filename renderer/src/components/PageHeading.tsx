import { useEffect, useRef, type ReactNode } from 'react';

// The first page after launch keeps the browser's natural focus start (so the skip link comes
// first); every later page moves focus to its heading so screen readers announce where they are.
let firstPageShown = false;

export function PageHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!firstPageShown) {
      firstPageShown = true;
      return;
    }
    ref.current?.focus();
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-title">
      {children}
    </h1>
  );
}
