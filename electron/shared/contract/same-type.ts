/**
 * Compile-time proof that a schema's output is exactly a core type, so the two cannot drift:
 * `type _Check = Assert<SameType<z.infer<typeof schema>, CoreType>>` fails to compile when either side
 * gains, loses or changes a field. Types only: nothing here reaches a bundle.
 */
export type SameType<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
export type Assert<T extends true> = T;
