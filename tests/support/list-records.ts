import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { CribaDB } from '../../lib/db/database';
import { setOutcome, setStatus } from '../../lib/db/pipeline';
import { saveProspect } from '../../lib/db/save-prospect';
import { exportBackup, type BackupData } from '../../lib/export/backup';
import { emptyOutcome } from '../../lib/model/outcome';
import { field, saveInput, score } from './test-records';

/** Invented people and companies for the prospects page: varied names, stages, grades. */
const PEOPLE = [
  ['Ana Pérez Lozano', 'Óptica Ñandú', 'optica-nandu.mx', 'MX', 'Gerente general'],
  ['Jon Etxeberria', 'Talleres Urola', 'talleres-urola.es', 'ES', 'Director de Compras'],
  [
    'María José Castillo',
    'Frutas del Segura',
    'frutas-segura.es',
    'ES',
    'Responsable de Logística',
  ],
  ['Pau Riera', 'Estudi Gris', 'estudi-gris.cat', 'ES', 'Cofundador'],
  ['Lucas Fernández', 'Andes Cargo', 'andes-cargo.cl', 'CL', 'Head of Operations'],
  ['Sofía Martín', 'Clínica Dental Alba', 'clinica-alba.es', 'ES', 'Directora'],
] as const;
const GRADES = ['A1', 'B2', 'C3', 'D3', 'B1', 'A2'] as const;

/** Backup data of the people above plus a company seen on its own, as Criba stores them. */
export async function listRecords(now: Date): Promise<BackupData> {
  const db = new CribaDB('criba-list', { indexedDB: new IDBFactory(), IDBKeyRange });
  for (const [i, [name, company, domain, country, title]] of PEOPLE.entries()) {
    const grade = GRADES[i]!;
    const verdict = grade.startsWith('D')
      ? 'disqualified'
      : grade.startsWith('C')
        ? 'nurture'
        : 'qualified';
    const input = saveInput({
      score: score({ grade, verdict, reason: verdict === 'disqualified' ? 'too-small' : null }),
      nextStep: verdict === 'disqualified' ? null : 'Llamar para concertar una demo de 20 minutos',
      revisitAt: verdict === 'disqualified' ? '2026-09-01' : null,
    });
    input.company = {
      name: company,
      domain,
      linkedinSlug: null,
      fields: { country: field(country) },
    };
    input.person = {
      name,
      linkedinSlug: domain.split('.')[0]!.concat('-demo'),
      email: null,
      fields: { title: field(title, { surface: i % 2 ? 'gmail-thread' : 'linkedin-profile' }) },
    };
    await saveProspect(db, input, new Date(now.getTime() - i * 86_400_000));
  }
  const company = saveInput({ person: null, score: null });
  company.company = {
    name: 'Zafiro Textil',
    domain: 'zafiro-textil.es',
    linkedinSlug: null,
    fields: {},
  };
  await saveProspect(db, company, now);
  await setStatus(db, ['li:talleres-urola-demo'], 'proposal', now);
  const won = { ...emptyOutcome('2026-02-20'), value: 18500, currency: 'EUR' };
  await setOutcome(db, ['li:frutas-segura-demo'], { result: 'won', outcome: won }, now);
  const lost = { ...emptyOutcome('2026-02-11'), lostReason: 'competitor' as const };
  await setOutcome(db, ['li:andes-cargo-demo'], { result: 'lost', outcome: lost }, now);
  const backup = JSON.parse(await exportBackup(db, now)) as BackupData;
  db.close();
  return backup;
}
