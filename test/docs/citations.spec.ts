import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  brokenCitations,
  citationsIn,
  filesUnder,
  problemOf,
  relativeLinksOf,
  ROOT,
  sectionsOf,
} from './citations';

/** A document that is not in the repository, spelt so that no grep for citations finds it here. */
const OUTSIDE_DOC = ['outside-spec', 'md'].join('.');
describe('documents cited by the code', () => {
  it('are all in the repository, with the sections cited (apps, libs, test, bench)', () => {
    expect(brokenCitations(['apps', 'libs', 'test', 'bench'])).toEqual([]);
  });

  it('the relative links of docs/ and the READMEs resolve', () => {
    const documents = [
      ...filesUnder('docs', (name) => name.endsWith('.md')),
      ...filesUnder('.', (name) => name === 'README.md' || name === 'CONTRIBUTING.md'),
    ];
    const broken = documents.flatMap((doc) =>
      relativeLinksOf(readFileSync(join(ROOT, doc), 'utf8'))
        .filter((link) => !existsSync(join(ROOT, dirname(doc), link)))
        .map((link) => `${doc} links to ${link}`),
    );
    expect(documents).toContain('docs/measures.md');
    expect(broken).toEqual([]);
  });
});

describe('the citation check itself', () => {
  const markdownFiles = ['docs/measures.md', 'libs/ssda903/README.md', 'README.md'];
  const docs: Record<string, string> = { 'docs/measures.md': '## 2. Stability\n### 2a. Three\n## 8. Facts' };
  const problemsIn = (source: string) =>
    citationsIn('x.ts', source)
      .map((c) => problemOf(c, markdownFiles, (path) => docs[path]))
      .filter((p) => p !== undefined);

  it('reads comments and strings, with the sections cited', () => {
    const source = [
      '/** See docs/measures.md §2a and §8. */',
      "const s = 'the report (docs/measures.md section 9)';",
      '// measures.md sections 0 and 1',
      `const url = "https://example.org/${OUTSIDE_DOC}";`,
    ].join('\n');
    expect(citationsIn('x.ts', source)).toEqual([
      { file: 'x.ts', line: 1, target: 'docs/measures.md', sections: ['2a', '8'] },
      { file: 'x.ts', line: 2, target: 'docs/measures.md', sections: ['9'] },
      { file: 'x.ts', line: 3, target: 'measures.md', sections: ['0', '1'] },
    ]);
  });

  it('refuses a document outside the repository, a missing docs/ file and a missing section', () => {
    expect(problemsIn(`// ${OUTSIDE_DOC} habit 4`)).toEqual([
      `x.ts:1 cites ${OUTSIDE_DOC}, which is not in the repository (cite docs/...)`,
    ]);
    expect(problemsIn(`// docs/${OUTSIDE_DOC}`)).toEqual([
      `x.ts:1 cites docs/${OUTSIDE_DOC}, which is not in the repository`,
    ]);
    expect(problemsIn('/**\n * docs/measures.md §3\n */')).toEqual([
      'x.ts:2 cites docs/measures.md §3, which has no such section',
    ]);
  });

  it('accepts a name that ends a path in the repository, and the sections that exist', () => {
    expect(
      problemsIn('// README.md, ssda903/README.md, docs/measures.md §2 and docs/measures.md §2a'),
    ).toEqual([]);
  });

  it('reads section ids from headings', () => {
    expect([...sectionsOf('# Title\n## 0. Conventions\n### 2a. Three\n### 3.1 RNE\ntext 4. no')]).toEqual([
      '0',
      '2a',
      '3.1',
    ]);
  });
});
