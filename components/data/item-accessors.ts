import type { ItemAccessors } from '../../lib/state/stored-items';
import { customFrameworkItem } from '../framework-store';
import { importMappingSetting, localeSetting, retentionSetting } from '../settings';

/** Every registered storage item (lib/state/registry.ts), for backup and restore. */
export const storedItems: ItemAccessors = {
  'local:locale': localeSetting as ItemAccessors['local:locale'],
  'local:customFramework': customFrameworkItem,
  'local:retentionMonths': retentionSetting,
  'local:importMapping': importMappingSetting,
};
