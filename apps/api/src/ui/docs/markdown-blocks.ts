/** One block of a Markdown document, as the docs page shows it (text only: everything is escaped). */
export type DocBlock =
  | { readonly kind: 'heading'; readonly level: number; readonly text: string; readonly id: string }
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'list'; readonly items: readonly string[] }
  | { readonly kind: 'pre'; readonly text: string };

const plain = (text: string): string => text.replace(/\*\*|__|`/g, '');

/**
 * The anchor of a heading: `section-2a` for "### 2a. Three or more placements", so links from
 * the figures name a section by its number whatever its words; otherwise a slug of the words.
 */
export function anchorOf(heading: string): string {
  const numbered = /^(?:§\s*)?(\d+[a-z]?)[.)\s]/.exec(heading.trim());
  if (numbered) return `section-${numbered[1]}`;
  return heading
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * The few Markdown forms the product's docs use, read as blocks: headings, paragraphs, lists,
 * fenced code and tables (kept as preformatted text). No HTML passes through.
 */
export function markdownBlocks(source: string): DocBlock[] {
  const blocks: DocBlock[] = [];
  const lines = source.split(/\r?\n/);
  let paragraph: string[] = [];
  let list: string[] | undefined;
  const flush = () => {
    if (paragraph.length) blocks.push({ kind: 'paragraph', text: plain(paragraph.join(' ')) });
    if (list) blocks.push({ kind: 'list', items: list.map(plain) });
    paragraph = [];
    list = undefined;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (line.startsWith('```')) {
      flush();
      const body: string[] = [];
      for (i++; i < lines.length && !lines[i].startsWith('```'); i++) body.push(lines[i]);
      blocks.push({ kind: 'pre', text: body.join('\n') });
    } else if (heading) {
      flush();
      const text = plain(heading[2]);
      blocks.push({ kind: 'heading', level: Math.min(heading[1].length + 1, 4), text, id: anchorOf(text) });
    } else if (line.startsWith('|')) {
      flush();
      const rows: string[] = [];
      for (; i < lines.length && lines[i].startsWith('|'); i++) rows.push(lines[i]);
      i--;
      blocks.push({ kind: 'pre', text: rows.join('\n') });
    } else if (/^\s*[-*]\s+/.test(line)) {
      if (paragraph.length) flush();
      list ??= [];
      list.push(line.replace(/^\s*[-*]\s+/, ''));
    } else if (line.trim() === '') {
      flush();
    } else if (list && /^\s+/.test(line)) {
      list[list.length - 1] += ` ${line.trim()}`;
    } else {
      if (list) flush();
      paragraph.push(line.trim());
    }
  }
  flush();
  return blocks;
}
