import { highlight, type ParsedQuery } from '@/utils/library/search';

export interface HighlightedTextProps {
  text: string;
  /** The search query; null shows the text plain. */
  query: ParsedQuery | null;
}

/** Text with the search matches marked. */
export function HighlightedText({ text, query }: HighlightedTextProps) {
  if (!query) return <>{text}</>;
  return (
    <>{highlight(text, query).map((s, i) => (s.match ? <mark key={i}>{s.text}</mark> : s.text))}</>
  );
}
