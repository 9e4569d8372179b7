import { addMonths, birthday, daysBetween, type LocalDate } from '@ledger/domain';
import type { CareLeaverContact, CareLeaverBirthday } from './timeline.types';

/**
 * The contact nearest a birthday, within 3 months either side; of two equally near, the later
 * (the more recent news of the young person).
 */
export function contactForBirthday(
  contacts: readonly CareLeaverContact[],
  birthdayDate: LocalDate,
): CareLeaverContact | undefined {
  const earliest = addMonths(birthdayDate, -3);
  const latest = addMonths(birthdayDate, 3);
  let best: CareLeaverContact | undefined;
  let bestDistance = Infinity;
  for (const contact of contacts) {
    if (contact.date < earliest || contact.date > latest) continue;
    const distance = Math.abs(daysBetween(birthdayDate, contact.date));
    if (distance <= bestDistance) {
      best = contact;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * The 17th to 21st birthdays that have a contact for them (docs/measures.md §5). It does not
 * depend on any window, so the timeline works it out once and reports only pick the birthdays.
 */
export function careLeaverBirthdaysOf(
  dateOfBirth: LocalDate | undefined,
  contacts: readonly CareLeaverContact[],
): CareLeaverBirthday[] {
  if (!dateOfBirth || contacts.length === 0) return [];
  const birthdays: CareLeaverBirthday[] = [];
  for (let age = 17; age <= 21; age++) {
    const day = birthday(dateOfBirth, age);
    const contact = contactForBirthday(contacts, day);
    if (contact) birthdays.push({ age, birthday: day, contact });
  }
  return birthdays;
}
