/**
 * Line-level judgements on a signature: is this part a job title, is it the company's
 * name. Conservative on purpose — a missed title is an unknown the rep can fill in, a
 * sentence of the email taken as a title is a wrong fact.
 */

/** Words that make a short line a job title (Spanish, English, and the usual neighbours). */
const TITLE_WORDS =
  /(?:^|[\s(/&-])(?:director|directora|dir\.|head of|jefe|jefa|gerente|responsable|manager|managing|ceo|cto|cfo|coo|cmo|cio|cso|cro|chief|founder|co-founder|cofounder|fundador|fundadora|cofundador|cofundadora|socio|socia|partner|owner|propietario|propietaria|vp|svp|evp|vice ?president|vicepresidente|vicepresidenta|president|presidente|presidenta|consejero delegado|consejera delegada|lead|coordinador|coordinadora|coordinator|analista|analyst|técnico|técnica|tecnico|tecnica|engineer|ingeniero|ingeniera|consultor|consultora|consultant|especialista|specialist|account executive|executive|ejecutivo|ejecutiva|administrador|administradora|administrator|comercial|sales|delegado|delegada|directeur|directrice|geschäftsführer|geschäftsführerin|leiter|leiterin|direttore|direttrice|diretor|diretora|gestor|gestora|buyer|comprador|compradora|procurement|purchasing|officer|intern|becario|becaria|assistant|asistente|abogado|abogada|counsel|recruiter|representative|representante|supervisor|supervisora)(?=$|[\s,)/&-])/i;

/** Line parts: "Directora de Operaciones | Viñedos Altamira S.L." → two parts. */
export function splitLine(line: string): string[] {
  return line
    .split(/\s+[|·•–—-]\s+|\s*\|\s*|\s*·\s*|\s*•\s*/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .slice(0, 6);
}

export function looksLikeTitle(part: string): boolean {
  if (part.length < 2 || part.length > 80) return false;
  if (part.split(/\s+/).length > 9) return false;
  if (/[@:;?!¿¡"“”]|https?:|www\.|\d{3}/i.test(part)) return false;
  if (/[.,]$/.test(part) && !/\b(?:dir|sr|jr|dpto|dept)\.$/i.test(part)) return false;
  return TITLE_WORDS.test(part);
}
