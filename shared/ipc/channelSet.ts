/*
 * A namespace's channel names, the zod-free list the sandboxed preload exposes. Written as
 * verbs under their prefix (`{ agenda: ['list', 'add'] }` = 'agenda:list', 'agenda:add') so a
 * Contract file names each channel once and the wrapper lives here. The compiler checks the
 * list against the namespace's contract both ways: a verb the spec lacks does not compile,
 * nor does a list that leaves a specified channel out.
 */

type PrefixOf<K> = K extends `${infer P}:${string}` ? P : never;
type VerbOf<K, P extends string> = K extends `${P}:${infer V}` ? V : never;

/** The verbs allowed under each prefix of the contract's channels. */
type VerbLists<C> = { [P in PrefixOf<keyof C>]?: readonly VerbOf<keyof C, P>[] };

/** The channels a list names. */
type Listed<L> = {
  [P in keyof L & string]: L[P] extends readonly (infer V)[] ? `${P}:${V & string}` : never;
}[keyof L & string];

/** `unknown` when the list names every channel of the contract under its own prefixes, else a type saying what is off. */
type Complete<C, L> = [Exclude<keyof C, Listed<L>> | Exclude<keyof L, PrefixOf<keyof C>>] extends [never]
  ? unknown
  : { missingChannels: Exclude<keyof C, Listed<L>>; unknownPrefixes: Exclude<keyof L, PrefixOf<keyof C>> };

export type ChannelSet<C> = Readonly<Record<keyof C, true>>;

/** `channelSet<XContract>()({ prefix: ['verb', …] })`: the namespace's channels as a set. */
export function channelSet<C>() {
  return <const L extends VerbLists<C>>(lists: L & Complete<C, L>): ChannelSet<C> =>
    Object.fromEntries(
      Object.entries(lists as Record<string, readonly string[]>).flatMap(([prefix, verbs]) =>
        verbs.map((verb) => [`${prefix}:${verb}`, true]),
      ),
    ) as ChannelSet<C>;
}
