/**
 * Country names and codes as pages write them → ISO 3166-1 alpha-2. Only unambiguous
 * spellings are listed (in the languages Criba's users meet most); anything else stays
 * unknown rather than guessed.
 */
import { fold } from './text-lines';

/** Each row: the ISO code, then the folded spellings that mean it. */
const COUNTRY_ROWS: readonly string[] = [
  'ES es esp spain espana espanya espagne spanien spagna espanha',
  'PT pt prt portugal portogallo',
  'FR fr fra france francia frankreich franca',
  'DE de deu germany alemania deutschland allemagne germania alemanha',
  'IT it ita italy italia italie italien',
  'GB gb gbr uk unitedkingdom greatbritain england scotland wales reinounido royaumeuni vereinigteskonigreich regnounito',
  'IE ie irl ireland irlanda irlande',
  'US us usa unitedstates unitedstatesofamerica estadosunidos eeuu etatsunis vereinigtestaaten statiuniti',
  'MX mx mex mexico mexique mexiko messico',
  'AR ar arg argentina argentine argentinien',
  'CO co col colombia colombie kolumbien',
  'CL cl chl chile chili',
  'PE pe per peru perou',
  'UY uy ury uruguay',
  'EC ec ecu ecuador equateur',
  'BR br bra brazil brasil bresil brasilien',
  'NL nl nld netherlands thenetherlands nederland paisesbajos holanda paysbas niederlande paesibassi',
  'BE be bel belgium belgica belgique belgien belgio',
  'CH ch che switzerland suiza suisse schweiz svizzera',
  'AT at aut austria osterreich autriche',
  'LU lu lux luxembourg luxemburgo luxemburg',
  'AD ad and andorra andorre',
];

const COUNTRY_NAMES: ReadonlyMap<string, string> = new Map(
  COUNTRY_ROWS.flatMap((row) => {
    const [code = '', ...names] = row.split(' ');
    return names.map((n): [string, string] => [n, code]);
  }),
);

/** ISO-2 code for a country name or code ("España", "Spain", "ES", "ESP"); null if unclear. */
export function countryCode(raw: string | null | undefined): string | null {
  if (!raw || raw.length > 60) return null;
  const key = fold(raw);
  return COUNTRY_NAMES.get(key) ?? null;
}
