import { useEffect, useState } from 'react';
import { storage } from 'wxt/utils/storage';
import type { Framework } from '../lib/qualify/framework-schema';
import {
  customFramework,
  frameworkById,
  type CustomFrameworkResult,
} from '../lib/qualify/frameworks';
import { useActiveIcp } from './icp-store';

/** The id the options page gives a team's own question bank. */
export const CUSTOM_FRAMEWORK_ID = 'custom';

/**
 * The team's own questions. Typed `unknown` on purpose: what storage hands back may have
 * been written by an older build or edited by hand, so it is only trusted once parsed.
 */
export const customFrameworkItem = storage.defineItem<unknown>('local:customFramework', {
  fallback: null,
  version: 1,
});

export interface StoredCustomFramework {
  framework: Framework | null;
  /** Something is stored but no longer parses; it is ignored (BANT stands in). */
  invalid: boolean;
}

/** Validates a stored value; anything that fails reads as absent, flagged. */
export function readCustomFramework(raw: unknown): StoredCustomFramework {
  if (raw === null || raw === undefined) return { framework: null, invalid: false };
  const result = customFramework(raw);
  return result.ok
    ? { framework: result.framework, invalid: false }
    : { framework: null, invalid: true };
}

export async function loadCustomFramework(): Promise<StoredCustomFramework> {
  return readCustomFramework(await customFrameworkItem.getValue());
}

/** Stores the team's questions only when they validate; otherwise nothing changes. */
export async function saveCustomFramework(input: unknown): Promise<CustomFrameworkResult> {
  const result = customFramework(input);
  if (result.ok) await customFrameworkItem.setValue(result.framework);
  return result;
}

/** The stored custom framework, following changes from any page; undefined while loading. */
export function useCustomFramework(): StoredCustomFramework | undefined {
  const [value, setValue] = useState<StoredCustomFramework | undefined>(undefined);
  useEffect(() => {
    let live = true;
    loadCustomFramework().then(
      (v) => live && setValue(v),
      () => live && setValue({ framework: null, invalid: true }),
    );
    const unwatch = customFrameworkItem.watch((raw) => setValue(readCustomFramework(raw)));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return value;
}

/**
 * The interview the active ICP asks for — a built-in or the team's own. An id that names
 * neither falls back to BANT (see frameworkById). Undefined while loading.
 */
export function useFramework(): Framework | undefined {
  const active = useActiveIcp();
  const custom = useCustomFramework();
  if (!active || !custom) return undefined;
  return frameworkById(active.icp.frameworkId, custom.framework);
}
