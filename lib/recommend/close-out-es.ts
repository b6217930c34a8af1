import type { CloseOutTemplates } from './templates';

/** Notas de cierre: breves, amables, sinceras con el motivo y con la puerta abierta. */
export const CLOSE_OUT_ES: CloseOutTemplates = {
  greeting: ({ firstName }) => (firstName ? `Hola, ${firstName}:` : 'Hola:'),
  body(reason, { company }, { tech }) {
    switch (reason) {
      case 'outside-industry':
        return company
          ? `Gracias por tu tiempo. Nos centramos en unos pocos sectores y ahora mismo no podríamos ayudar a ${company} como se merece.`
          : 'Gracias por tu tiempo. Nos centramos en unos pocos sectores y ahora mismo no podríamos ayudaros como merecéis.';
      case 'too-small':
        return company
          ? `Lo que ofrecemos compensa a equipos más grandes que el de ${company} hoy, así que prefiero no robarte más tiempo ahora.`
          : 'Lo que ofrecemos compensa a equipos más grandes que el vuestro hoy, así que prefiero no robarte más tiempo ahora.';
      case 'too-large':
        return company
          ? `Trabajamos con equipos más pequeños que el de ${company}, así que hoy no seríamos el socio adecuado.`
          : 'Trabajamos con equipos más pequeños que el vuestro, así que hoy no seríamos el socio adecuado.';
      case 'outside-territory':
        return company
          ? `Todavía no podemos dar a empresas como ${company} en vuestra zona el servicio que merecen.`
          : 'Todavía no podemos dar en vuestra zona el servicio que merecéis.';
      case 'no-need':
        return company
          ? `Por lo que me contaste, en ${company} no necesitáis resolver esto ahora mismo, y eso es una buena noticia.`
          : 'Por lo que me contaste, ahora mismo no necesitáis resolver esto, y eso es una buena noticia.';
      case 'no-budget':
        return company
          ? `Entiendo que ahora mismo en ${company} no hay presupuesto para esto ni una forma clara de conseguirlo.`
          : 'Entiendo que ahora mismo no hay presupuesto para esto ni una forma clara de conseguirlo.';
      case 'no-authority':
        return company
          ? `Entiendo que en ${company} la decisión depende de alguien con quien aún no podemos hablar, así que no insistiré por ahora.`
          : 'Entiendo que la decisión depende de alguien con quien aún no podemos hablar, así que no insistiré por ahora.';
      case 'no-timeline':
        return company
          ? `Entiendo que en ${company} todavía no hay fecha para abordar esto, así que no te llenaré la bandeja de entrada mientras tanto.`
          : 'Entiendo que todavía no hay fecha para abordar esto, así que no te llenaré la bandeja de entrada mientras tanto.';
      case 'competitor-or-partner': {
        const what = tech ?? 'una solución de nuestro ámbito';
        return company
          ? `Veo que ${company} ya trabaja con ${what}, y cambiar ahora no tendría sentido.`
          : `Veo que ya trabajáis con ${what}, y cambiar ahora no tendría sentido.`;
      }
      case 'student-or-personal':
        return 'Gracias por escribirnos. Solo trabajamos con empresas, así que no somos la opción adecuada para un proyecto personal; si algún día nos necesitas desde una empresa, escríbenos.';
      case 'unreachable':
        return 'No he conseguido hablar contigo, así que dejo de escribirte por ahora.';
      case 'missing-technology': {
        const what = tech ?? 'una herramienta concreta';
        return company
          ? `Lo que hacemos se apoya en ${what}, que ${company} no usa hoy, así que todavía no encajaríamos.`
          : `Lo que hacemos se apoya en ${what}, que hoy no usáis, así que todavía no encajaríamos.`;
      }
      case 'wrong-role':
        return `Gracias por tu tiempo. Creo que otra persona de ${company ?? 'tu empresa'} sería la indicada para hablar de esto, así que no te robo más tiempo.`;
      case 'other':
        return 'Gracias por tu tiempo. Ahora mismo no parece que encajemos, así que no te robo más tiempo.';
    }
  },
  revisit: (monthYear) => `Volveré a escribirte hacia ${monthYear}, por si las cosas han cambiado.`,
  signOff: 'Un saludo.',
};
