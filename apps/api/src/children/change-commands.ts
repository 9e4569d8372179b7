import { type ChildCommandInput } from '@ledger/core';
import { type ChildCommandType } from '@ledger/domain';
import { BadRequestException } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { flattenValidationErrors } from '../errors/validation';
import {
  ChangeLegalStatusRequestDto,
  EffectiveDateDto,
  EndCareRequestDto,
  MovePlacementRequestDto,
  StartCareRequestDto,
  StartTemporaryPlacementRequestDto,
} from './dto/care.request.dto';
import { UpdateChildDetailsRequestDto } from './dto/child-details.request.dto';
import {
  RecordAdoptionMatchRequestDto,
  RecordCareLeaverContactRequestDto,
  ReverseAdoptionDecisionRequestDto,
  StartStayingPutRequestDto,
} from './dto/leaving-care.request.dto';

/**
 * The commands a change may carry, each validated by the DTO of its own endpoint: every
 * command but the registration (a change is about a registered child) and the void (a
 * change's `voidEventIds`). A new command type is a compile error here until it has its DTO.
 */
const DTO_OF = {
  UpdateChildDetails: UpdateChildDetailsRequestDto,
  StartCare: StartCareRequestDto,
  MovePlacement: MovePlacementRequestDto,
  ChangeLegalStatus: ChangeLegalStatusRequestDto,
  StartTemporaryPlacement: StartTemporaryPlacementRequestDto,
  EndTemporaryPlacement: EffectiveDateDto,
  EndCare: EndCareRequestDto,
  StartStayingPut: StartStayingPutRequestDto,
  EndStayingPut: EffectiveDateDto,
  RecordCareLeaverContact: RecordCareLeaverContactRequestDto,
  RecordAdoptionDecision: EffectiveDateDto,
  RecordAdoptionMatch: RecordAdoptionMatchRequestDto,
  ReverseAdoptionDecision: ReverseAdoptionDecisionRequestDto,
} as const satisfies Record<Exclude<ChildCommandType, 'RegisterChild' | 'VoidEntry'>, new () => object>;

export type ChangeCommandType = keyof typeof DTO_OF;
export const CHANGE_COMMAND_TYPES = Object.keys(DTO_OF) as ChangeCommandType[];

/** Validates each item with its endpoint's rules; errors name `record[i].data.<field>`. */
export function toChangeCommands(
  childId: string,
  voidEventIds: readonly string[],
  reason: string | undefined,
  record: readonly { type: ChangeCommandType; data: Record<string, unknown> }[],
): ChildCommandInput[] {
  if (voidEventIds.length > 0 && !reason) {
    throw new BadRequestException({
      code: 'VALIDATION.FAILED',
      message: 'reason: required when voidEventIds are given',
      field: 'reason',
    });
  }
  if (voidEventIds.length + record.length === 0) {
    throw new BadRequestException({
      code: 'VALIDATION.FAILED',
      message: 'A change needs voidEventIds or record',
      field: 'record',
    });
  }
  const fieldErrors = record.flatMap((item, i) => {
    const dto = plainToInstance(DTO_OF[item.type], item.data);
    const errors = validateSync(dto, { whitelist: true, forbidNonWhitelisted: true });
    return flattenValidationErrors(errors, `record[${i}].data`);
  });
  if (fieldErrors.length > 0) {
    throw new BadRequestException({
      code: 'VALIDATION.FAILED',
      message: fieldErrors.map((f) => `${f.field}: ${f.messages.join('; ')}`).join('. '),
      field: fieldErrors[0].field,
      errors: fieldErrors,
    });
  }
  const voids = voidEventIds.map((eventId): ChildCommandInput => ({
    type: 'VoidEntry',
    data: { eventId, reason: reason! },
  }));
  const facts = record.map(
    (item) =>
      ({
        type: item.type,
        data: item.type === 'UpdateChildDetails' ? { ...item.data, childId } : item.data,
      }) as ChildCommandInput,
  );
  return [...voids, ...facts];
}
