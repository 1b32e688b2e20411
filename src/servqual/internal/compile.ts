// The compiled form behind an Instrument: index tables for fast scoring, registered through the
// shared compiled-value protocol, so the public value stays plain, frozen, JSON-friendly data and an
// instrument from another copy of pledgekit is adopted from its definition.
import { compiledRegistry, createIssue, PledgeError, safeParse, type Issue, type IssuePath, type Locale } from "../../core/index.js";
import { servqualMessages } from "../messages.js";
import { InstrumentSchema, type InstrumentDefinition } from "../schemas.js";
import type { Instrument, InstrumentDimension, InstrumentItem } from "../types.js";

export interface CompiledInstrument {
  readonly instrument: Instrument;
  readonly min: number;
  readonly max: number;
  readonly integer: boolean;
  /** Item ids in the instrument's order. */
  readonly itemIds: readonly string[];
  readonly itemIndex: ReadonlyMap<string, number>;
  readonly dimensionIds: readonly string[];
  readonly dimensionIndex: ReadonlyMap<string, number>;
  /** Dimension index of each item, −1 for a standalone item. */
  readonly itemDimension: Int32Array;
  /** Item indexes of each dimension. */
  readonly dimensionItems: readonly Int32Array[];
  /** Indexes of the standalone items. */
  readonly standaloneItems: Int32Array;
  readonly reversed: Uint8Array;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

interface ItemWording {
  readonly expectation?: string | undefined;
  readonly perception?: string | undefined;
}

/** Validates a definition (`invalid_instrument` listing every problem) and compiles it. */
export function defineFromInput(input: unknown): Instrument {
  const reserved = reservedKeyIssues(input);
  const result = safeParse(InstrumentSchema, input, servqualMessages);
  const issues = [...reserved, ...(result.success ? [] : result.issues)];
  if (issues.length > 0 || !result.success) throw new PledgeError("invalid_instrument", issues);
  return compileInstrument(result.data);
}

// JSON.parse makes `__proto__` an own key, which zod's records drop without a word: refuse it instead,
// in the record-shaped parts of a definition (item wording and meta).
function reservedKeyIssues(input: unknown): Issue[] {
  if (typeof input !== "object" || input === null) return [];
  const issues: Issue[] = [];
  for (const field of ["texts", "meta"] as const) {
    const record = (input as Record<string, unknown>)[field];
    if (typeof record === "object" && record !== null && Object.hasOwn(record, "__proto__")) {
      issues.push(createIssue(servqualMessages, "reserved_key", [field, "__proto__"], { key: "__proto__" }));
    }
  }
  return issues;
}

export const registry = compiledRegistry<Instrument, CompiledInstrument>(
  "pledgekit.instrument",
  "an instrument from servqualInstrument() or defineInstrument()",
  (definition) => defineFromInput(definition),
  ["instrument"],
);

/** Builds the frozen public instrument and registers its compiled form. `parsed` is already validated. */
export function compileInstrument(parsed: InstrumentDefinition): Instrument {
  // A JSON copy: the definition is plain data, and freezing must never reach the caller's objects.
  const definition = deepFreeze(JSON.parse(JSON.stringify(parsed)) as InstrumentDefinition);
  const locale: Locale = definition.locale ?? "en";
  const reversedSet = new Set(definition.reversed ?? []);
  const texts: Readonly<Record<string, ItemWording>> = definition.texts ?? {};
  const dimensions: InstrumentDimension[] = definition.dimensions.map((dimension) => {
    const raw = dimension.label;
    const given: { readonly [L in Locale]?: string | undefined } = typeof raw === "string" ? { en: raw, "zh-CN": raw } : { ...raw };
    const en = given.en ?? given["zh-CN"] ?? dimension.id;
    const labels = { en, "zh-CN": given["zh-CN"] ?? en };
    return { id: dimension.id, label: labels[locale], labels, items: [...dimension.items] };
  });
  const dimensionOf = new Map<string, string | null>();
  for (const dimension of dimensions) for (const id of dimension.items) dimensionOf.set(id, dimension.id);
  for (const id of definition.standalone ?? []) dimensionOf.set(id, null);
  const order = definition.order ?? [...dimensionOf.keys()];
  const items: InstrumentItem[] = order.map((id) => {
    const wording = Object.hasOwn(texts, id) ? texts[id] : undefined;
    return {
      id,
      dimension: dimensionOf.get(id) ?? null,
      reversed: reversedSet.has(id),
      expectation: wording?.expectation ?? null,
      perception: wording?.perception ?? null,
    };
  });
  const instrument: Instrument = {
    kind: "pledgekit.instrument",
    definition,
    id: definition.id ?? null,
    version: definition.version ?? null,
    locale,
    scale: { min: definition.scale.min, max: definition.scale.max, integer: definition.scale.integer !== false },
    dimensions: deepFreeze(dimensions),
    items: deepFreeze(items),
    reversed: Object.freeze(items.filter((item) => item.reversed).map((item) => item.id)),
    ...(definition.meta === undefined ? {} : { meta: definition.meta }),
  };
  Object.freeze(instrument.scale);

  const itemIndex = new Map(items.map((item, i) => [item.id, i]));
  const dimensionIndex = new Map(dimensions.map((dimension, d) => [dimension.id, d]));
  return registry.register(instrument, {
    instrument,
    min: instrument.scale.min,
    max: instrument.scale.max,
    integer: instrument.scale.integer,
    itemIds: items.map((item) => item.id),
    itemIndex,
    dimensionIds: dimensions.map((dimension) => dimension.id),
    dimensionIndex,
    itemDimension: Int32Array.from(items, (item) => (item.dimension === null ? -1 : (dimensionIndex.get(item.dimension) as number))),
    dimensionItems: dimensions.map((dimension) => Int32Array.from(dimension.items, (id) => itemIndex.get(id) as number)),
    standaloneItems: Int32Array.from(items.flatMap((item, k) => (item.dimension === null ? [k] : []))),
    reversed: Uint8Array.from(items, (item) => (item.reversed ? 1 : 0)),
  });
}

/** The compiled form of an instrument (adopting one from another copy), or `invalid_argument` naming `path`. */
export function compiledOf(instrument: unknown, path: IssuePath = ["instrument"]): CompiledInstrument {
  return registry.tables(instrument, path);
}
