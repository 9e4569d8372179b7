import { Query } from '@nestjs/cqrs';

/** When the last checkpoint was taken (an ISO time), or undefined when none ever was. */
export class GetLastCheckpointTimeQuery extends Query<string | undefined> {}
