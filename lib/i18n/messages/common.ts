/** Strings shared by every page. Each area keeps its own file; `es` must mirror `en`. */
export const en = {
  'common.appName': 'Criba',
  'common.save': 'Save',
  'common.saving': 'Saving…',
  'common.cancel': 'Cancel',
  'common.close': 'Close',
  'common.copy': 'Copy',
  'common.copied': 'Copied',
  'common.delete': 'Delete',
  'common.edit': 'Edit',
  'common.unknown': 'Unknown',
  'common.yes': 'Yes',
  'common.no': 'No',
  'common.language': 'Language',
  'common.error.generic': 'Something went wrong: {detail}',
} as const;

export const es: Record<keyof typeof en, string> = {
  'common.appName': 'Criba',
  'common.save': 'Guardar',
  'common.saving': 'Guardando…',
  'common.cancel': 'Cancelar',
  'common.close': 'Cerrar',
  'common.copy': 'Copiar',
  'common.copied': 'Copiado',
  'common.delete': 'Eliminar',
  'common.edit': 'Editar',
  'common.unknown': 'Desconocido',
  'common.yes': 'Sí',
  'common.no': 'No',
  'common.language': 'Idioma',
  'common.error.generic': 'Algo ha fallado: {detail}',
};
