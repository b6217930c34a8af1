import type { Department, Seniority } from '../model/vocab';

/**
 * Word rules for `classifyTitle`. They match a title already lower-cased, stripped of
 * accents and with punctuation turned into spaces, so `o/a` alternations cover both
 * genders and `Técnica`/`tecnica` are one word. Each table is applied in order and a
 * match blanks its text, so a specific phrase ("vice president", "account executive")
 * is read before the generic word inside it ("president", "executive").
 */
export type Rule<T> = readonly [RegExp, T];

/** `null` entries only consume words that would otherwise be misread. */
export const SENIORITY_RULES: readonly Rule<Seniority | null>[] = [
  // Roles whose names contain a rank word but carry no rank of their own.
  [/\b(product|process|service) owner\b/g, null],
  [/\bleads? gen(eration)?\b/g, null],
  [/\bchief of staff\b/g, 'director'],
  [/\b(managing|founding|senior|equity|general) partner\b/g, 'owner'],
  [/\b(co ?)?founders?\b/g, 'owner'],
  [/\b(co ?)?fundador(a|es|as)?\b/g, 'owner'],
  [/\bowners?\b/g, 'owner'],
  [/\bpropietari[oa]s?\b/g, 'owner'],
  [/\bduen[oa]\b/g, 'owner'],
  [/\bsoci[oa]s?\b/g, 'owner'],
  [/\b(e|s|a)?vps?\b/g, 'vp'],
  [/\b(executive |senior )?vice ?president(e|a)?\b/g, 'vp'],
  [/\bvicepresident(e|a)\b/g, 'vp'],
  [/\bchief [a-z& ]{1,40}? officer\b/g, 'c-level'],
  [/\bc(e|f|t|o|m|i|r|p|c|d|s|l|hr|is)o\b/g, 'c-level'],
  [/\bconsejer[oa] delegad[oa]\b/g, 'c-level'],
  [/\bdirector(a)? (general|ejecutiv[oa]|gerente)\b/g, 'c-level'],
  [/\b(executive|managing) director\b/g, 'c-level'],
  [/\b(gerente|manager) general\b/g, 'c-level'],
  [/\bgeneral manager\b/g, 'c-level'],
  [/\bpresident(e|a)?\b/g, 'c-level'],
  [/\bcountry manager\b/g, 'director'],
  [/\bhead\b/g, 'director'],
  [/\b(sub)?director(a|es|as)?\b/g, 'director'],
  // Sellers' titles name an individual contributor, not a rank (SALES-PRIMER).
  [/\bkey account manager\b/g, 'senior'],
  [/\bkam\b/g, 'senior'],
  [/\baccount manager\b/g, 'entry'],
  [/\b(account|sales) executive\b/g, 'entry'],
  [/\bejecutiv[oa] (de )?(cuentas|ventas|comercial)\b/g, 'entry'],
  [/\bgerente\b/g, 'manager'],
  [/\bjef[ea]s?\b/g, 'manager'],
  [/\bresponsable\b/g, 'manager'],
  [/\bmanager\b/g, 'manager'],
  [/\b(team|tech|technical) lead(er)?\b/g, 'manager'],
  [/\blead(er)?\b/g, 'manager'],
  [/\blider\b/g, 'manager'],
  [/\bsupervisor(a)?\b/g, 'manager'],
  [/\bencargad[oa]\b/g, 'manager'],
  [/\bsenior\b/g, 'senior'],
  [/\bsr\b/g, 'senior'],
  [/\bespecialista\b/g, 'senior'],
  [/\bspecialist\b/g, 'senior'],
  [/\b(principal|staff) (engineer|consultant|architect|designer|scientist|developer)\b/g, 'senior'],
  [/\bexpert(o|a)?\b/g, 'senior'],
  [/\banalista\b/g, 'entry'],
  [/\banalyst\b/g, 'entry'],
  [/\btecnic[oa]\b/g, 'entry'],
  [/\btechnician\b/g, 'entry'],
  [/\bassociate\b/g, 'entry'],
  [/\bexecutive\b/g, 'entry'],
  [/\bejecutiv[oa]\b/g, 'entry'],
  // LinkedIn's own seniority scale files coordinators under entry level; so do we.
  [/\bcoordinat(or|ora)\b/g, 'entry'],
  [/\bcoordinador(a)?\b/g, 'entry'],
  [/\b(representative|representante)\b/g, 'entry'],
  [/\b(sdr|bdr)\b/g, 'entry'],
  [/\b(junior|jr)\b/g, 'entry'],
  [/\b(assistant|asistente|auxiliar|administrativ[oa])\b/g, 'entry'],
];

/** An assistant's title names their principal ("Assistant to the CEO"): the rank is theirs. */
export const ASSISTANT =
  /\b((executive|personal|administrative) assistant|assistant to|asistente|secretari[oa]|auxiliar|ayudante)\b/;

/** Whoever is in training is an intern, whatever the team they train in. */
export const INTERN =
  /\b(becari[oa]s?|practicas|practicante|intern|internship|estudiante|student|trainee|apprentice|aprendiz)\b/;

/** Specific phrases first; the earliest department named in the role wins. */
export const DEPARTMENT_RULES: readonly Rule<Department | null>[] = [
  [/\b(sales engineer(ing)?|ingenier[oa]s? (de )?ventas|pre ?sales|preventa)\b/g, 'sales'],
  [/\b(desarrollo de negocios?|business develop(ment|er))\b/g, 'sales'],
  [/\b(channel|partner) (manager|sales|account manager)\b/g, 'sales'],
  [/\b(ejecutiv[oa]|gerente|gestor(a)?) (de )?cuentas\b/g, 'sales'],
  [/\b(asistente|secretari[oa]|adjunt[oa]) (de |a )?(la )?direccion\b/g, 'general-management'],
  [/\bprevencion( de riesgos( laborales)?)?\b/g, 'operations'],
  [/\b(product marketing|marketing de producto)\b/g, 'marketing'],
  [/\b(administra(cion|dor|dora) de sistemas|systems? administrat(or|ion)|sysadmin)\b/g, 'it'],
  [/\b(software|solutions?) architect\b/g, 'engineering'],
  [/\bsoporte tecnico\b/g, 'support'],
  [
    /\b(customer (success|support|service|care|experience)|(atencion|servicio) al cliente|exito del cliente)\b/g,
    'support',
  ],
  [/\b((lead|demand) gen(eration)?|generacion de (leads|demanda))\b/g, 'marketing'],
  [/\bchief of staff\b/g, 'general-management'],
  [/\b(vice ?president(e|a)?|vicepresident(e|a))\b/g, null],
  [/\bchief executive officer\b/g, 'general-management'],
  [/\bchief operating officer\b/g, 'operations'],
  [/\bchief (technology|technical) officer\b/g, 'engineering'],
  [/\bchief information (security )?officer\b/g, 'it'],
  [/\bchief financial officer\b/g, 'finance'],
  [/\bchief marketing officer\b/g, 'marketing'],
  [/\bchief (revenue|commercial|sales) officer\b/g, 'sales'],
  [/\bchief product officer\b/g, 'product'],
  [/\bchief (people|human resources|talent) officer\b/g, 'hr'],
  [/\bchief legal officer\b/g, 'legal'],
  [/\bchief (procurement|purchasing) officer\b/g, 'purchasing'],
  [/\bchief customer officer\b/g, 'support'],
  [/\b(ceo|presidente?|presidenta|president)\b/g, 'general-management'],
  [/\bcfo\b/g, 'finance'],
  [/\bcto\b/g, 'engineering'],
  [/\b(cio|ciso)\b/g, 'it'],
  [/\bcoo\b/g, 'operations'],
  [/\bcmo\b/g, 'marketing'],
  [/\b(cro|cco)\b/g, 'sales'],
  [/\bcpo\b/g, 'product'],
  [/\bchro\b/g, 'hr'],
  [/\bclo\b/g, 'legal'],
  [
    /\b(director(a)? (general|gerente)|direccion general|consejer[oa] delegad[oa])\b/g,
    'general-management',
  ],
  [
    /\b(managing director|general manager|(gerente|manager) general|country manager)\b/g,
    'general-management',
  ],
  [
    /\b(ventas?|comercial(es)?|sales|commercial|account executive|account manager|key account|kam|sdr|bdr|vendedor(a|es|as)?|revenue|inside sales|new business|partnerships?|alianzas)\b/g,
    'sales',
  ],
  [
    /\b(marketing|mercadotecnia|growth|comunicacion(es)?|communications?|brand(ing)?|marca|seo|sem|content|contenidos?|social media|redes sociales|community manager|relaciones publicas|public relations|publicidad|advertising)\b/g,
    'marketing',
  ],
  [
    /\b(ingenieria|ingenier[oa]s?|engineer(ing|s)?|desarrollo|develop(er|ers|ment)|desarrollador(a|es)?|programador(a|es)?|software|i\+d|r&d|frontend|backend|full ?stack|devops|qa|data (scien(ce|tist)|engineer)|machine learning)\b/g,
    'engineering',
  ],
  [
    /\b(operaciones|operations|ops|logistica|logistics|supply chain|cadena de suministro|produccion|production|manufactur[a-z]*|fabricacion|planta|plant|almacen|warehouse|calidad|quality|mantenimiento|maintenance|transporte|operativ[oa])\b/g,
    'operations',
  ],
  [
    /\b(finanzas|finance|financ(iero|iera|ial)|contabilidad|accounting|contable|accountant|controller|control de gestion|controlling|tesoreria|treasury|fiscal|tax|auditor(ia)?|audit|administracion|fp&a)\b/g,
    'finance',
  ],
  [
    /\b(rrhh|rr hh|recursos humanos|human resources|hr|people|personas|talent(o)?|recruit(er|ment|ing)|reclutador(a)?|reclutamiento|seleccion|nominas|payroll)\b/g,
    'hr',
  ],
  [
    /\b(sistemas|informatica|tecnologia|technology|ciberseguridad|cybersecurity|seguridad informatica|information security|infraestructura|infrastructure|help ?desk)\b/g,
    'it',
  ],
  [
    /\b(legal|abogad[oa]s?|lawyer|attorney|juridic[oa]|counsel|compliance|cumplimiento normativo|paralegal|letrad[oa]|notari[oa])\b/g,
    'legal',
  ],
  [
    /\b(compras?|procurement|purchas(ing|er|e)|aprovisionamiento|buyer|comprador(a)?|sourcing|abastecimiento)\b/g,
    'purchasing',
  ],
  [/\b(productos?|products?|ux|ui)\b/g, 'product'],
  [/\b(soporte|support|postventa|after sales)\b/g, 'support'],
];

/** Case matters for these acronyms: "IT" is a department, "it" is a pronoun. */
export const CASED_DEPARTMENT_RULES: readonly Rule<Department>[] = [
  [/\b(IT|TI)\b/g, 'it'],
  [/\bPR\b/g, 'marketing'],
];

/** Roles that lead a whole company (used when no department is named). */
export const GENERAL_MANAGEMENT = /^(gerente|general manager|managing director)$/;

/** Recognisable roles outside every listed department. */
export const OTHER_ROLE =
  /\b(consult(or|ora|ores|ant|ants|ing)|asesor(a|es)?|advisor|adviser|proyectos?|projects?|program(me)?|arquitect[oa]|architect|docente|profesor(a)?|teacher|lecturer|medic[oa]|doctor(a)?|nurse|enfermer[oa]|investigador(a)?|researcher|disenador(a)?|designer|administrativ[oa]|office)\b/;
