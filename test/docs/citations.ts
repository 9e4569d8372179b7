import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import * as ts from 'typescript';

/** The repository's root. */
export const ROOT = join(__dirname, '..', '..');

/** Folders no check reads: installed, built or generated files. */
const SKIPPED = new Set(['node_modules', 'dist', 'data', 'coverage', '.tmp', '.git']);

/** Every file under `dir` (repository-relative, `/`-separated) whose name passes `keep`. */
export function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  const found: string[] = [];
  const walk = (absolute: string): void => {
    for (const entry of readdirSync(absolute, { withFileTypes: true })) {
      if (SKIPPED.has(entry.name)) continue;
      const path = join(absolute, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (keep(entry.name)) found.push(relative(ROOT, path).split(sep).join('/'));
    }
  };
  walk(join(ROOT, dir));
  return found.sort();
}

/** A document named in a source file: `docs/measures.md`, optionally with the section cited. */
export interface Citation {
  readonly file: string;
  readonly line: number;
  readonly target: string;
  readonly sections: readonly string[];
}

// A `.md` path, then optionally "§2a", "section 4.3", "sections 0 and 1", "§4 and §7".
const SECTION = String.raw`\d+(?:\.\d+)?[a-z]?`;
const CITATION = new RegExp(
  String.raw`((?:\.{1,2}/)*(?:[\w.-]+/)*[\w.-]+\.md)\b` +
    String.raw`(?:\s+(?:§\s?|sections?\s+)(${SECTION})(?:\s+and\s+(?:§\s?)?(${SECTION}))?)?`,
  'g',
);
const URL = /\b[a-z][a-z0-9+.-]*:\/\/\S+/gi;

/** The texts of a TypeScript file's comments and string literals, with their offsets. */
function textsOf(fileName: string, source: string): { text: string; pos: number }[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false);
  const seen = new Set<number>();
  const texts: { text: string; pos: number }[] = [];
  const comments = (ranges: ts.CommentRange[] | undefined) => {
    for (const range of ranges ?? []) {
      if (seen.has(range.pos)) continue;
      seen.add(range.pos);
      texts.push({ text: source.slice(range.pos, range.end), pos: range.pos });
    }
  };
  const visit = (node: ts.Node): void => {
    comments(ts.getLeadingCommentRanges(source, node.pos));
    comments(ts.getTrailingCommentRanges(source, node.end));
    if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node)) {
      texts.push({ text: node.text, pos: node.getStart(file) });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  comments(ts.getLeadingCommentRanges(source, file.endOfFileToken.pos));
  return texts;
}

/** Every `*.md` a TypeScript file's comments and strings name (URLs aside). */
export function citationsIn(fileName: string, source: string): Citation[] {
  const lineOf = (pos: number) => source.slice(0, pos).split('\n').length;
  const found: Citation[] = [];
  for (const { text, pos } of textsOf(fileName, source)) {
    const withoutUrls = text.replace(URL, (url) => ' '.repeat(url.length));
    for (const match of withoutUrls.matchAll(CITATION)) {
      const sections = [match[2], match[3]].filter((s): s is string => s !== undefined);
      const at = pos + text.slice(0, match.index).length;
      found.push({ file: fileName, line: lineOf(at), target: match[1], sections });
    }
  }
  return found;
}

/** The section ids a Markdown document's headings give: `## 2. ...` is 2, `### 3.1 RNE` is 3.1. */
export function sectionsOf(markdown: string): Set<string> {
  const ids = new Set<string>();
  for (const match of markdown.matchAll(new RegExp(String.raw`^#{2,4}\s+(${SECTION})[.\s]`, 'gm'))) {
    ids.add(match[1]);
  }
  return ids;
}

/**
 * What is wrong with a citation, or undefined when it stands. A path under `docs/` must be that
 * file exactly, and each section it cites one of its headings; any other name must be the end of
 * a path in the repository (`README.md`, `ssda903/README.md`).
 */
export function problemOf(
  citation: Citation,
  markdownFiles: readonly string[],
  read: (path: string) => string,
): string | undefined {
  const target = posix.normalize(citation.target);
  const where = `${citation.file}:${citation.line} cites ${citation.target}`;
  if (target.startsWith('docs/')) {
    if (!markdownFiles.includes(target)) return `${where}, which is not in the repository`;
    const headings = sectionsOf(read(target));
    const missing = citation.sections.filter((s) => !headings.has(s));
    if (missing.length > 0) return `${where} §${missing.join(', §')}, which has no such section`;
    return undefined;
  }
  const name = target.replace(/^(\.\.?\/)+/, '');
  if (!markdownFiles.some((path) => path === name || path.endsWith(`/${name}`))) {
    return `${where}, which is not in the repository (cite docs/...)`;
  }
  return undefined;
}

/** The check's own specification cites missing documents on purpose. */
const OWN_FIXTURES = 'test/docs/citations.spec.ts';

/** Every broken citation in the TypeScript files of `folders`. */
export function brokenCitations(folders: readonly string[]): string[] {
  const markdownFiles = filesUnder('.', (name) => name.endsWith('.md'));
  const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
  const problems: string[] = [];
  for (const folder of folders) {
    for (const file of filesUnder(folder, (name) => name.endsWith('.ts'))) {
      if (file === OWN_FIXTURES) continue;
      for (const citation of citationsIn(file, read(file))) {
        const problem = problemOf(citation, markdownFiles, read);
        if (problem) problems.push(problem);
      }
    }
  }
  return problems;
}

/** Relative links of a Markdown document (`[text](path)`, `#anchors` and URLs aside). */
export function relativeLinksOf(markdown: string): string[] {
  return [...markdown.matchAll(/\]\(([^)\s#]+)(?:#[^)]*)?\)/g)]
    .map((m) => m[1])
    .filter((link) => !/^[a-z][a-z0-9+.-]*:/i.test(link));
}
