import { expect, it } from 'vitest';

/** One example of a function: what it is given, and what it must answer. */
export type Example<I, O> = readonly [input: I, expected: O];

/**
 * A function tested by a table of examples, one test a row: `answer(input)` equals `expected`
 * (toStrictEqual, so `null` is not `undefined` and '1' is not 1). `title` is an it.each title
 * whose %s/%j take the input, then the expected answer (e.g. '%j -> %j'). Shared by the shared,
 * renderer and main tests of pure functions (file names, clock input, gelar, content types…),
 * which each wrote the same it.each and expect around their own table.
 */
export function itAnswersEach<I, O>(
  title: string,
  answer: (input: I) => O,
  examples: ReadonlyArray<Example<I, O>>,
): void {
  it.each(examples.map(([input, expected]): [I, O] => [input, expected]))(title, (input, expected) => {
    expect(answer(input)).toStrictEqual(expected);
  });
}
