import { anchorOf, markdownBlocks } from './markdown-blocks';

describe('the docs page’s Markdown', () => {
  it('anchors a numbered heading by its number, whatever its words', () => {
    expect(anchorOf('2a. Three or more placements in the window')).toBe('section-2a');
    expect(anchorOf('3. Location and distance from home')).toBe('section-3');
    expect(anchorOf('The measures')).toBe('the-measures');
  });

  it('reads headings, paragraphs, lists, code and tables, keeping every character as text', () => {
    const blocks = markdownBlocks(
      [
        '# The measures',
        '',
        'A **child** is <b>counted</b>',
        'once.',
        '',
        '- first',
        '  continued',
        '- second',
        '',
        '```',
        'a < b',
        '```',
        '| a | b |',
        '|---|---|',
        '',
        '### 2a. Three placements',
      ].join('\n'),
    );
    expect(blocks).toEqual([
      { kind: 'heading', level: 2, text: 'The measures', id: 'the-measures' },
      { kind: 'paragraph', text: 'A child is <b>counted</b> once.' },
      { kind: 'list', items: ['first continued', 'second'] },
      { kind: 'pre', text: 'a < b' },
      { kind: 'pre', text: '| a | b |\n|---|---|' },
      { kind: 'heading', level: 4, text: '2a. Three placements', id: 'section-2a' },
    ]);
  });
});
