// The compiled form behind an Instrument: index tables for fast scoring. Kept in a WeakMap so the
// public value stays plain, frozen, JSON-friendly data.
import { PledgeError, createIssue, formatValue, type Locale } from "../../core/index.js";
import { servqualMessages } from "../messages.js";
import type { InstrumentOutput } from "../schemas.js";
import type { Instrument, InstrumentDimension, InstrumentItem } from "../types.js";

export interface CompiledInstrument {
  readonly instrument: Instrument;
  readonly min: number;
  readonly max: number;
  readonly integer: boolean;
  readonly itemIds: readonly string[];
  readonly itemIndex: ReadonlyMap<string, number>;
  readonly dimensionIds: readonly string[];
  readonly dimensionIndex: ReadonlyMap<string, number>;
  /** Dimension index of each item. */
  readonly itemDimension: Int32Array;
  /** Item indexes of each dimension. */
  readonly dimensionItems: readonly Int32Array[];
  readonly reversed: Uint8Array;
}

const compiled = new WeakMap<object, CompiledInstrument>();

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

function cloneJson<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

export interface ItemWording {
  readonly expectation?: string | undefined;
  readonly perception?: string | undefined;
}

/** Builds the frozen public instrument and registers its compiled form. `input` is already validated. */
export function compileInstrument(input: InstrumentOutput, version: "1988" | "1991" | null): Instrument {
  const locale: Locale = input.locale ?? "en";
  const reversedSet = new Set(input.reversed ?? []);
  const texts: Readonly<Record<string, ItemWording>> = input.texts ?? {};
  const dimensions: InstrumentDimension[] = input.dimensions.map((dimension) => {
    const raw = dimension.label;
    const given: { readonly [L in Locale]?: string | undefined } = typeof raw === "string" ? { en: raw, "zh-CN": raw } : { ...raw };
    const en = given.en ?? given["zh-CN"] ?? dimension.id;
    const labels = { en, "zh-CN": given["zh-CN"] ?? en };
    return { id: dimension.id, label: labels[locale], labels, items: [...dimension.items] };
  });
  const items: InstrumentItem[] = [];
  for (const dimension of dimensions) {
    for (const id of dimension.items) {
      const wording = Object.prototype.hasOwnProperty.call(texts, id) ? texts[id] : undefined;
      items.push({
        id,
        dimension: dimension.id,
        reversed: reversedSet.has(id),
        expectation: wording?.expectation ?? null,
        perception: wording?.perception ?? null,
      });
    }
  }
  const instrument: Instrument = {
    id: input.id ?? null,
    version,
    locale,
    scale: { min: input.scale.min, max: input.scale.max, integer: input.scale.integer !== false },
    dimensions,
    items,
    reversed: items.filter((item) => item.reversed).map((item) => item.id),
    ...(input.meta === undefined ? {} : { meta: cloneJson(input.meta) }),
  };
  deepFreeze(instrument);

  const itemIndex = new Map(items.map((item, i) => [item.id, i]));
  const dimensionIndex = new Map(dimensions.map((dimension, d) => [dimension.id, d]));
  compiled.set(instrument, {
    instrument,
    min: instrument.scale.min,
    max: instrument.scale.max,
    integer: instrument.scale.integer,
    itemIds: items.map((item) => item.id),
    itemIndex,
    dimensionIds: dimensions.map((dimension) => dimension.id),
    dimensionIndex,
    itemDimension: Int32Array.from(items, (item) => dimensionIndex.get(item.dimension) as number),
    dimensionItems: dimensions.map((dimension) => Int32Array.from(dimension.items, (id) => itemIndex.get(id) as number)),
    reversed: Uint8Array.from(items, (item) => (item.reversed ? 1 : 0)),
  });
  return instrument;
}

/** The compiled form of an instrument made by this library, or an `invalid_argument` error. */
export function compiledOf(instrument: unknown): CompiledInstrument {
  const found = typeof instrument === "object" && instrument !== null ? compiled.get(instrument) : undefined;
  if (found !== undefined) return found;
  throw new PledgeError("invalid_argument", [
    createIssue(servqualMessages, "not_an_instrument", ["instrument"], { received: formatValue(instrument) }),
  ]);
}
