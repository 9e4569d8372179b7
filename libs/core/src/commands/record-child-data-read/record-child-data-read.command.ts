import { Command } from '@nestjs/cqrs';

/** The ledger's own stream of who read which child's data. */
export const ACCESS_LOG_STREAM = 'ledger-access';
export const CHILD_DATA_READ = 'ChildDataRead';

/** Who read: the signed-in subject (or the local user) and how they were known. */
export interface Reader {
  readonly subject: string;
  readonly displayName?: string;
  /** `token`: a verified bearer token or session; `local`: local mode. */
  readonly mode: 'token' | 'local';
}

/** One read of children's data: who, when, which children, which endpoint, the correlation id. */
export interface AccessRecord extends Reader {
  readonly at: string;
  readonly children: readonly string[];
  readonly endpoint: string;
  readonly correlationId: string;
}

/**
 * Records that `reader` read these children's data through `endpoint`, in the access log. A read
 * is answered only once its record is appended, so a read that leaves no trace never happens.
 */
export class RecordChildDataReadCommand extends Command<AccessRecord> {
  constructor(
    readonly reader: Reader,
    readonly children: readonly string[],
    readonly endpoint: string,
    readonly correlationId: string,
  ) {
    super();
  }
}
