/** What a failed save or import tells the rep. `es` must mirror `en`. */
export const en = {
  'error.suppressed': 'This person asked to be erased. Criba will not store them again.',
  'error.invalidRecord': 'Some values could not be saved ({paths}). Nothing was changed.',
  'error.quota':
    'The browser has no room left to store data. Nothing was changed. Free some space or export and delete old prospects.',
} as const;

export const es: Record<keyof typeof en, string> = {
  'error.suppressed': 'Esta persona pidió ser borrada. Criba no volverá a guardarla.',
  'error.invalidRecord':
    'Algunos valores no se pudieron guardar ({paths}). No se ha cambiado nada.',
  'error.quota':
    'El navegador no tiene espacio para guardar datos. No se ha cambiado nada. Libera espacio o exporta y elimina prospectos antiguos.',
};
