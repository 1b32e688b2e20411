/**
 * `T` as TypeScript infers it for a JSON config (an imported `.json` file, or a literal held in a
 * variable): strings where the schema has literal unions, mutable or readonly arrays where it has
 * tuples. Input types accept it, keeping the literals for completion; the schemas check the values
 * at run time anyway.
 */
export type JsonShaped<T> = T extends string
  ? T | (string & {})
  : T extends readonly (infer U)[]
    ? readonly JsonShaped<U>[]
    : T extends object
      ? { readonly [K in keyof T]: JsonShaped<T[K]> }
      : T;
