/** One person across surfaces, and the rep's unsaved work. `es` must mirror `en`. */
export const en = {
  'link.same.linkedin': 'Same person as on LinkedIn',
  'link.same.email': 'Same person as in your email ({email})',
  'link.unlink': 'Unlink',
  'link.likely.linkedin': 'Is this {who}, saved from LinkedIn?',
  'link.likely.email': 'Is this {who}, saved from their email?',
  'link.confirm': 'Same person',
  'link.reject': 'Not the same',
  'unsaved.badge': 'Unsaved changes, kept until you save',
  'unsaved.discard': 'Discard',
  'notes.label': 'Notes',
  'notes.placeholder': 'Anything to remember about this prospect',
} as const;

export const es: Record<keyof typeof en, string> = {
  'link.same.linkedin': 'La misma persona que en LinkedIn',
  'link.same.email': 'La misma persona que en tu correo ({email})',
  'link.unlink': 'Desvincular',
  'link.likely.linkedin': '¿Es {who}, que guardaste desde LinkedIn?',
  'link.likely.email': '¿Es {who}, que guardaste desde su correo?',
  'link.confirm': 'Es la misma persona',
  'link.reject': 'No es la misma',
  'unsaved.badge': 'Cambios sin guardar: se conservan hasta que guardes',
  'unsaved.discard': 'Descartar',
  'notes.label': 'Notas',
  'notes.placeholder': 'Lo que quieras recordar de este prospecto',
};
