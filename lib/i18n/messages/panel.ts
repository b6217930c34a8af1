/** Side panel strings. `es` must mirror `en`. */
export const en = {
  'panel.title': 'Criba',
  'panel.reading': 'Reading this page…',
  'panel.reread': 'Read again',
  'panel.openProspects': 'Prospects',
  'panel.openOptions': 'Settings',
  'panel.surface.linkedin-profile': 'LinkedIn profile',
  'panel.surface.linkedin-company': 'LinkedIn company page',
  'panel.surface.gmail-thread': 'Gmail conversation',
  'panel.surface.gmail-list': 'Gmail inbox',
  'panel.surface.website': 'Company website',
  'panel.surface.unknown': 'This page',
  'panel.state.no-tab.title': 'No tab to read',
  'panel.state.no-tab.body':
    'Open a LinkedIn profile, a Gmail conversation or a company website in this window.',
  'panel.state.restricted.title': 'Criba cannot read this page',
  'panel.state.restricted.body':
    'Browser pages, extension stores and local files are off limits to every extension. Switch to a LinkedIn profile, a Gmail conversation or a company website.',
  'panel.state.permission.title': 'Allow Criba on this website?',
  'panel.state.permission.body':
    'Criba reads company websites only where you allow it. It reads this site when you open the panel here, and never sends anything anywhere.',
  'panel.state.permission.button': 'Allow on {origin}',
  'panel.state.permission.unknownOrigin':
    'Or click the Criba button in the browser toolbar: Criba then reads this page once, without asking. New tabs, PDFs and browser pages cannot be read.',
  'panel.state.hidden.body':
    'Its address stays hidden until you allow the site. Check or type the website open in this tab: Criba asks the browser for that site alone and reads it at once.',
  'panel.state.hidden.site': 'Website in this tab',
  'panel.state.hidden.placeholder': 'www.example.com',
  'panel.state.hidden.allow': 'Allow this site and read it',
  'panel.state.hidden.invalid': 'Type a website address, such as www.example.com.',
  'panel.state.permission.denied':
    'Permission was not granted. You can still type the facts in by hand.',
  'panel.state.unreachable.title': 'The page did not answer',
  'panel.state.unreachable.body':
    'It may still be loading, or it was opened before Criba was installed. Reload the page and try again.',
  'panel.state.unreachable.reload': 'Reload the page',
  'panel.status.no_signals.title': 'Nothing to read here',
  'panel.status.no_signals.body':
    'Criba found no person or company on this page. Open a profile, a company page or a conversation — or type the facts in below.',
  'panel.status.login-wall.body':
    'LinkedIn is showing its sign-in page instead of the profile. Sign in to LinkedIn and reload, or type the facts in below.',
  'panel.status.gmail-list.body': 'This is the inbox list. Open a conversation to read its sender.',
  'panel.status.layout_changed.title': 'This page has changed shape',
  'panel.status.layout_changed.body':
    'Criba knows this kind of page but could not find what it usually reads ({missing}). The site may have changed its layout. You can type the facts in below.',
  'panel.status.layout_changed.missing': 'the name',
  'panel.saved.badge': 'Saved {date}',
  'panel.saved.done': 'Saved. It is in your prospects.',
  'panel.saved.changes': 'You have unsaved changes.',
  'panel.save.nothing':
    'Add at least a name, a LinkedIn address, an email or a company website before saving.',
  'panel.save.failed': 'Could not save: {detail}. Nothing was changed.',
} as const;

export const es: Record<keyof typeof en, string> = {
  'panel.title': 'Criba',
  'panel.reading': 'Leyendo esta página…',
  'panel.reread': 'Volver a leer',
  'panel.openProspects': 'Prospectos',
  'panel.openOptions': 'Ajustes',
  'panel.surface.linkedin-profile': 'Perfil de LinkedIn',
  'panel.surface.linkedin-company': 'Página de empresa en LinkedIn',
  'panel.surface.gmail-thread': 'Conversación de Gmail',
  'panel.surface.gmail-list': 'Bandeja de Gmail',
  'panel.surface.website': 'Web de la empresa',
  'panel.surface.unknown': 'Esta página',
  'panel.state.no-tab.title': 'No hay pestaña que leer',
  'panel.state.no-tab.body':
    'Abre en esta ventana un perfil de LinkedIn, una conversación de Gmail o la web de una empresa.',
  'panel.state.restricted.title': 'Criba no puede leer esta página',
  'panel.state.restricted.body':
    'Las páginas del navegador, las tiendas de extensiones y los archivos locales están vedados a cualquier extensión. Cambia a un perfil de LinkedIn, una conversación de Gmail o la web de una empresa.',
  'panel.state.permission.title': '¿Permitir a Criba leer esta web?',
  'panel.state.permission.body':
    'Criba solo lee las webs de empresas que tú permitas. Leerá este sitio cuando abras el panel aquí y nunca envía nada a ningún sitio.',
  'panel.state.permission.button': 'Permitir en {origin}',
  'panel.state.permission.unknownOrigin':
    'O pulsa el botón de Criba en la barra del navegador: Criba leerá esta página una vez, sin preguntar. Las pestañas nuevas, los PDF y las páginas del navegador no se pueden leer.',
  'panel.state.hidden.body':
    'Su dirección queda oculta hasta que permitas el sitio. Comprueba o escribe la web abierta en esta pestaña: Criba pide al navegador permiso solo para ese sitio y la lee al momento.',
  'panel.state.hidden.site': 'Web de esta pestaña',
  'panel.state.hidden.placeholder': 'www.ejemplo.es',
  'panel.state.hidden.allow': 'Permitir este sitio y leerlo',
  'panel.state.hidden.invalid': 'Escribe la dirección de una web, como www.ejemplo.com.',
  'panel.state.permission.denied':
    'No se concedió el permiso. Aun así puedes escribir los datos a mano.',
  'panel.state.unreachable.title': 'La página no ha respondido',
  'panel.state.unreachable.body':
    'Puede que aún esté cargando o que se abriera antes de instalar Criba. Recarga la página y vuelve a intentarlo.',
  'panel.state.unreachable.reload': 'Recargar la página',
  'panel.status.no_signals.title': 'Aquí no hay nada que leer',
  'panel.status.no_signals.body':
    'Criba no ha encontrado ninguna persona ni empresa en esta página. Abre un perfil, una página de empresa o una conversación, o escribe los datos abajo.',
  'panel.status.login-wall.body':
    'LinkedIn muestra su página de inicio de sesión en lugar del perfil. Inicia sesión en LinkedIn y recarga, o escribe los datos abajo.',
  'panel.status.gmail-list.body':
    'Esta es la lista de la bandeja. Abre una conversación para leer su remitente.',
  'panel.status.layout_changed.title': 'Esta página ha cambiado de forma',
  'panel.status.layout_changed.body':
    'Criba conoce este tipo de página, pero no ha encontrado lo que suele leer ({missing}). Puede que el sitio haya cambiado su diseño. Puedes escribir los datos abajo.',
  'panel.status.layout_changed.missing': 'el nombre',
  'panel.saved.badge': 'Guardado {date}',
  'panel.saved.done': 'Guardado. Ya está en tus prospectos.',
  'panel.saved.changes': 'Tienes cambios sin guardar.',
  'panel.save.nothing':
    'Añade al menos un nombre, una dirección de LinkedIn, un correo o la web de la empresa antes de guardar.',
  'panel.save.failed': 'No se ha podido guardar: {detail}. No se ha cambiado nada.',
};
