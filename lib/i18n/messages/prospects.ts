/** Prospects page strings. `es` must mirror `en`. */
export const en = {
  'prospects.title': 'Prospects',
  'prospects.count': '{shown} of {total} prospects',
  'prospects.empty':
    'No prospects yet. Open a LinkedIn profile, a Gmail conversation or a company website, open the Criba panel and save.',
  'prospects.noMatch': 'No prospect matches these filters.',
  'prospects.search': 'Search name, company, title…',
  'prospects.filter.status': 'Status',
  'prospects.filter.all': 'All',
  'prospects.col.name': 'Name',
  'prospects.col.company': 'Company',
  'prospects.col.title': 'Title',
  'prospects.col.grade': 'Grade',
  'prospects.col.verdict': 'Verdict',
  'prospects.col.status': 'Status',
  'prospects.col.outcome': 'Outcome',
  'prospects.col.updated': 'Updated',
  'prospects.col.actions': 'Actions',
  'prospects.export': 'Export CSV',
  'prospects.export.preset': 'Format',
  'prospects.export.only': 'Only what is shown ({count})',
  'prospects.export.done': 'Exported {count} prospects.',
  'prospects.export.done.one': 'Exported 1 prospect.',
  'prospects.export.none': 'There is nothing to export with these filters.',
  'prospects.preset.generic': 'Generic CSV',
  'prospects.preset.hubspot': 'HubSpot import',
  'prospects.preset.pipedrive': 'Pipedrive import',
  'prospects.preset.excel-es': 'Excel (Spanish locale)',
  'prospects.skipped': '{count} stored records could not be read and are not shown.',
  'prospects.skipped.one': '1 stored record could not be read and is not shown.',
  'prospects.delete.confirm': 'Delete this prospect? Its answers and score history go too.',
  'prospects.erase': 'Erase person',
  'prospects.rescore.outdated':
    '{count} prospects were scored with an older ICP than version {version}.',
  'prospects.rescore.outdated.one':
    '1 prospect was scored with an older ICP than version {version}.',
  'prospects.rescore.button': 'Re-score all',
  'prospects.rescore.done': 'Re-scored {count} prospects with ICP version {version}.',
  'prospects.rescore.done.one': 'Re-scored 1 prospect with ICP version {version}.',
  'prospects.erase.confirm':
    'Erase this person everywhere and never capture them again? This cannot be undone.',
} as const;

export const es: Record<keyof typeof en, string> = {
  'prospects.title': 'Prospectos',
  'prospects.count': '{shown} de {total} prospectos',
  'prospects.empty':
    'Aún no hay prospectos. Abre un perfil de LinkedIn, una conversación de Gmail o la web de una empresa, abre el panel de Criba y guarda.',
  'prospects.noMatch': 'Ningún prospecto coincide con estos filtros.',
  'prospects.search': 'Buscar nombre, empresa, cargo…',
  'prospects.filter.status': 'Estado',
  'prospects.filter.all': 'Todos',
  'prospects.col.name': 'Nombre',
  'prospects.col.company': 'Empresa',
  'prospects.col.title': 'Cargo',
  'prospects.col.grade': 'Nota',
  'prospects.col.verdict': 'Veredicto',
  'prospects.col.status': 'Estado',
  'prospects.col.outcome': 'Resultado',
  'prospects.col.updated': 'Actualizado',
  'prospects.col.actions': 'Acciones',
  'prospects.export': 'Exportar CSV',
  'prospects.export.preset': 'Formato',
  'prospects.export.only': 'Solo lo mostrado ({count})',
  'prospects.export.done': 'Exportados {count} prospectos.',
  'prospects.export.done.one': 'Exportado 1 prospecto.',
  'prospects.export.none': 'No hay nada que exportar con estos filtros.',
  'prospects.preset.generic': 'CSV genérico',
  'prospects.preset.hubspot': 'Importación de HubSpot',
  'prospects.preset.pipedrive': 'Importación de Pipedrive',
  'prospects.preset.excel-es': 'Excel (configuración española)',
  'prospects.skipped': '{count} registros guardados no se han podido leer y no se muestran.',
  'prospects.skipped.one': '1 registro guardado no se ha podido leer y no se muestra.',
  'prospects.delete.confirm':
    '¿Eliminar este prospecto? También se borran sus respuestas y su historial de puntuación.',
  'prospects.erase': 'Borrar persona',
  'prospects.rescore.outdated':
    '{count} prospectos se puntuaron con un ICP anterior a la versión {version}.',
  'prospects.rescore.outdated.one':
    '1 prospecto se puntuó con un ICP anterior a la versión {version}.',
  'prospects.rescore.button': 'Volver a puntuar todo',
  'prospects.rescore.done':
    'Se han vuelto a puntuar {count} prospectos con la versión {version} del ICP.',
  'prospects.rescore.done.one':
    'Se ha vuelto a puntuar 1 prospecto con la versión {version} del ICP.',
  'prospects.erase.confirm':
    '¿Borrar a esta persona de todas partes y no volver a capturarla nunca? No se puede deshacer.',
};
