import { z } from 'zod';
import { STORAGE_ITEMS, STORAGE_ITEM_KEYS, type StorageItemKey } from './registry';

/**
 * How one storage item is read and written — a WXT storage item has this shape. The
 * pages pass their items in, so lib/ never touches browser storage itself.
 */
export interface ItemAccess {
  getValue(): Promise<unknown>;
  setValue(value: unknown): Promise<void>;
}
export type ItemAccessors = Record<StorageItemKey, ItemAccess>;

type Values = { [K in StorageItemKey]?: z.output<(typeof STORAGE_ITEMS)[K]['schema']> };

/** Every registered item's value, each optional (an item never set has no value). */
export const StoredItemsSchema = z.strictObject(
  Object.fromEntries(STORAGE_ITEM_KEYS.map((k) => [k, STORAGE_ITEMS[k].schema.optional()])),
) as unknown as z.ZodType<Values>;
export type StoredItems = z.infer<typeof StoredItemsSchema>;

/** Reads every registered item; a value that no longer parses is left out, like a bad record. */
export async function readStoredItems(access: ItemAccessors): Promise<StoredItems> {
  const out: Record<string, unknown> = {};
  for (const key of STORAGE_ITEM_KEYS) {
    const parsed = STORAGE_ITEMS[key].schema.safeParse(await access[key].getValue());
    if (parsed.success) out[key] = parsed.data;
  }
  return out as StoredItems;
}

/** Writes the items `values` holds; items it does not mention are left as they are. */
export async function writeStoredItems(access: ItemAccessors, values: StoredItems): Promise<void> {
  for (const key of STORAGE_ITEM_KEYS) {
    if (values[key] !== undefined) await access[key].setValue(values[key]);
  }
}
