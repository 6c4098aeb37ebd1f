import type { CatalogStep } from './catalog/types';
import type { Answers } from './interview';

/**
 * The interview's follow-up questions that can change this person's plan. Each is asked only when
 * a catalog step that applies to the person reads its answer (steps are data: the questions follow
 * the declarations, never step ids). A child under 16 holds no phone account and takes out no loan,
 * so neither question is asked for them; a phone holder's question only for a carrier whose steps
 * depend on it.
 */
export function questionsThatApply(
  answers: Pick<Answers, 'subject' | 'carrier'>,
  catalog: readonly CatalogStep[],
): { primaryHolder: boolean; creditSoon: boolean } {
  const forPerson = catalog.filter(
    (s) =>
      s.appliesTo.subjects.includes(answers.subject) &&
      (!s.appliesTo.carriers || s.appliesTo.carriers.includes(answers.carrier)),
  );
  return {
    primaryHolder: forPerson.some((s) => s.appliesTo.primaryHolderOnly === true),
    creditSoon: forPerson.some((s) => s.appliesTo.creditSoonOnly === true),
  };
}
