/** What the pages show about a cause and a warning sign beside the engine's result: the medical term in brackets, the sign's short label, and the cause's texts fitted to the person. */
import { KNOWLEDGE, evaluate, type Answers, type Cause } from '../engine.js';

export function causeOf(id: string): Cause | undefined {
  return KNOWLEDGE.causes.find((cause) => cause.id === id);
}

/** "Lumbar spinal stenosis (neurogenic claudication)" reads as one term in brackets: "lumbar spinal stenosis, neurogenic claudication". */
export function medicalTerm(id: string): string | undefined {
  const name = causeOf(id)?.medicalName;
  return name?.replace(/\s*\(([^)]*)\)/g, ', $1');
}

/** A warning sign or answer in a few words ("Numb around the genitals or bottom"), or its id when the knowledge has no such feature. */
export function featureLabel(id: string): string {
  return KNOWLEDGE.features.find((feature) => feature.id === id)?.label ?? id;
}

/** The cause's explanation, with the extra sentences that fit this person's answers (a fact about people over 65 only for those it concerns). */
export function explanationFor(cause: Cause, answers: Answers): string {
  const notes = (cause.notes ?? []).filter((note) => evaluate(note.when, (id) => answers[id]) === true).map((note) => note.text);
  return [cause.explanation, ...notes].join(' ');
}
