import { Controller, Get, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { type Request, type Response } from 'express';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Requires } from '../../auth/access';
import { UiAccessGuard } from '../access/ui-access.guard';
import { UiExceptionFilter } from '../access/ui-exception.filter';
import { UiRenderer } from '../render/ui-renderer';
import { markdownBlocks } from './markdown-blocks';

/** The product's own docs/measures.md, where every figure on the dashboard links. */
export const MEASURES_DOC = join(__dirname, '..', '..', '..', '..', '..', 'docs', 'measures.md');

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
