import type { ComponentChildren } from 'preact';

/** Items in running text, separated by commas: `Aldovia, Borduria`. */
export function CommaList<T>({ items, render }: { items: T[]; render: (item: T) => ComponentChildren }) {
  return <>{items.map((x, i) => <>{i > 0 && ', '}{render(x)}</>)}</>;
}
