import type { z } from 'zod';
import type { DataFileAccess, MeetingTarget } from './channelPolicy';

/*
 * One spec per channel: its input schema (zod), its output type and its policy, side by
 * side in `<namespace>Schemas.ts`. The input type is derived from the schema, so it is
 * written once. This file imports zod as a type only: the contract that the sandboxed
 * preload bundles reads the specs' types, never their values.
 */

/** A channel's policy before it is joined into CHANNEL_POLICY (which adds `channel`). */
export type SpecPolicy<I> = (
  | Readonly<{ kind: 'read' }>
  | Readonly<{ kind: 'global-write' }>
  | Readonly<{ kind: 'workflow' }>
  | Readonly<{ kind: 'meeting-write'; target: (input: I) => MeetingTarget | null }>
) &
  DataFileAccess;

export type ChannelSpec<S extends z.ZodType, O, P> = Readonly<{ input: S; policy: P; output?: O }>;

/**
 * `channel<Output>()(schema, policy)`: the output type is named, the input type comes from
 * the schema (what main's handler receives after parsing), and a meeting-write's target
 * reads the parsed input.
 */
export function channel<O>() {
  return <S extends z.ZodType, P extends SpecPolicy<z.output<S>>>(input: S, policy: P): ChannelSpec<S, O, P> => ({
    input,
    policy,
  });
}

export const READ = { kind: 'read' } as const;
export const GLOBAL = { kind: 'global-write' } as const;
export const WORKFLOW = { kind: 'workflow' } as const;
export const meetingWrite = <I>(target: (input: I) => MeetingTarget | null) =>
  ({ kind: 'meeting-write', target }) as const;
export const meetingOf = (id: string): MeetingTarget => ({ kind: 'meeting', id });

type AnySpec = Record<string, ChannelSpec<z.ZodType, unknown, unknown>>;

/** The contract type of a namespace (channel -> input, output), as contract.ts joins it. */
export type ContractOf<S extends AnySpec> = {
  [K in keyof S]: {
    input: z.output<S[K]['input']>;
    output: S[K] extends ChannelSpec<z.ZodType, infer O, unknown> ? O : never;
  };
};

/** The namespace's schemas, as schemas.ts joins them into inputSchemas. */
export function schemasOf<S extends AnySpec>(spec: S): { [K in keyof S]: S[K]['input'] } {
  return Object.fromEntries(Object.entries(spec).map(([name, entry]) => [name, entry.input])) as {
    [K in keyof S]: S[K]['input'];
  };
}

/** The namespace's policies, as channelPolicy.ts joins them (a meeting-write repeats its channel). */
export type PoliciesOf<S extends AnySpec> = {
  [K in keyof S]: S[K]['policy'] extends { kind: 'meeting-write' }
    ? S[K]['policy'] & Readonly<{ channel: K }>
    : S[K]['policy'];
};

export function policiesOf<S extends AnySpec>(spec: S): PoliciesOf<S> {
  return Object.fromEntries(
    Object.entries(spec).map(([name, entry]) => {
      const policy = entry.policy as { kind: string };
      return [name, policy.kind === 'meeting-write' ? { ...policy, channel: name } : policy];
    }),
  ) as PoliciesOf<S>;
}
