import { Controller, Get, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { type Request, type Response } from 'express';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Requires } from '../../auth/access';
import { UiAccessGuard } from '../access/ui-access.guard';
import { UiExceptionFilter } from '../access/ui-exception.filter';
import { UiRenderer } from '../render/ui-renderer';
import { markdownBlocks } from './markdown-blocks';

/**
 * The product's own docs/measures.md, where every figure on the dashboard links: the nearest
 * `docs/measures.md` above this file (the repository's, whether run from source or from dist/).
 */
export function measuresDocPath(from = __dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'docs', 'measures.md');
    if (existsSync(candidate) || dirname(dir) === dir) return candidate;
  }
}

const MEASURES_DOC = measuresDocPath();

@ApiExcludeController()
@Controller('ui/docs')
@UseGuards(UiAccessGuard)
@UseFilters(UiExceptionFilter)
export class DocsPageController {
  constructor(private readonly renderer: UiRenderer) {}

  @Get('measures')
  @Requires('measures.read')
  async measures(@Req() req: Request, @Res() res: Response): Promise<void> {
    let source: string;
    try {
      source = await readFile(MEASURES_DOC, 'utf8');
    } catch {
      const html = await this.renderer.render('error.njk', req, {
        title: 'Page not found',
        lines: ['The measure definitions (docs/measures.md) are not in this copy of the ledger.'],
      });
      res.status(404).type('html').send(html);
      return;
    }
    const html = await this.renderer.render('docs.njk', req, {
      title: 'How the figures are counted',
      section: 'dashboard',
      blocks: markdownBlocks(source),
    });
    res.type('html').send(html);
  }
}
