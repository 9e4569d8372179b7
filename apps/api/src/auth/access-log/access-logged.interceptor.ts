import {
  applyDecorators,
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
  SetMetadata,
  UseInterceptors,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { type Request } from 'express';
import { mergeMap, type Observable } from 'rxjs';
import { AccessLog } from './access-log';

/** Which children an answer names: the route's child, or the `childId` of each row of a list. */
export type ChildrenOf = (req: Request, answer: unknown) => readonly string[];

const CHILDREN_OF = 'ledger:access-logged';

export const childOfRoute: ChildrenOf = (req) => [String(req.params.childId)];

/** Appends an access record before the answer goes out; the answer waits for it. */
@Injectable()
export class AccessLoggedInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly log: AccessLog,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const childrenOf = this.reflector.get<ChildrenOf>(CHILDREN_OF, context.getHandler());
    const req = context.switchToHttp().getRequest<Request>();
    return next.handle().pipe(
      mergeMap(async (answer: unknown) => {
        await this.log.recordRead(req, childrenOf(req, answer));
        return answer;
      }),
    );
  }
}

/** Marks a read of children's data: every answer is recorded in the access log first. */
export const AccessLogged = (childrenOf: ChildrenOf) =>
  applyDecorators(SetMetadata(CHILDREN_OF, childrenOf), UseInterceptors(AccessLoggedInterceptor));
