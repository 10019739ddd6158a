import { highlight } from '@/utils/library/search';

export interface HighlightedTextProps {
  text: string;
  /** Matched index terms; empty shows the text plain. */
  terms: readonly string[];
}

/** Text with the search matches marked. */
export function HighlightedText({ text, terms }: HighlightedTextProps) {
  if (terms.length === 0) return <>{text}</>;
  return (
    <>{highlight(text, terms).map((s, i) => (s.match ? <mark key={i}>{s.text}</mark> : s.text))}</>
  );
}
