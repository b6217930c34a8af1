import { describe, expect, it } from 'vitest';
import type { Department, Seniority } from '../model/vocab';
import { classifyTitle } from './title';

type Row = readonly [title: string, seniority: Seniority | null, department: Department | null];

// The issue's own examples come first; the rest follow SALES-PRIMER's title table.
const ROWS: readonly Row[] = [
  ['CEO', 'c-level', 'general-management'],
  ['Fundadora', 'owner', 'general-management'],
  ['Director de Marketing', 'director', 'marketing'],
  ['Responsable de Compras', 'manager', 'purchasing'],
  ['Head of Sales', 'director', 'sales'],
  ['VP Engineering', 'vp', 'engineering'],
  ['Gerente', 'manager', 'general-management'],
  ['Jefe de Operaciones', 'manager', 'operations'],
  ['Account Executive', 'entry', 'sales'],
  ['Becario', 'intern', null],
  // owner
  ['Founder', 'owner', 'general-management'],
  ['Cofundadora y CEO', 'owner', 'general-management'],
  ['Co-founder & CTO', 'owner', 'engineering'],
  ['Owner', 'owner', 'general-management'],
  ['Propietaria', 'owner', 'general-management'],
  ['Socia', 'owner', 'general-management'],
  ['Socio Director', 'owner', 'general-management'],
  ['Managing Partner', 'owner', 'general-management'],
  ['Partner', 'owner', 'general-management'],
  ['Partner Manager', 'manager', 'sales'],
  // c-level
  ['Consejero Delegado', 'c-level', 'general-management'],
  ['Directora General', 'c-level', 'general-management'],
  ['Director General Adjunto', 'c-level', 'general-management'],
  ['CFO', 'c-level', 'finance'],
  ['Chief Financial Officer', 'c-level', 'finance'],
  ['Chief Technology Officer', 'c-level', 'engineering'],
  ['CTO', 'c-level', 'engineering'],
  ['COO', 'c-level', 'operations'],
  ['CMO', 'c-level', 'marketing'],
  ['CIO', 'c-level', 'it'],
  ['Chief Revenue Officer', 'c-level', 'sales'],
  ['Chief People Officer', 'c-level', 'hr'],
  ['Managing Director', 'c-level', 'general-management'],
  ['General Manager', 'c-level', 'general-management'],
  ['Gerente General', 'c-level', 'general-management'],
  ['President', 'c-level', 'general-management'],
  // vp
  ['Vice President of Sales', 'vp', 'sales'],
  ['Vicepresidenta de Operaciones', 'vp', 'operations'],
  ['SVP, Marketing', 'vp', 'marketing'],
  // director
  ['Director of Engineering', 'director', 'engineering'],
  ['Directora de Recursos Humanos', 'director', 'hr'],
  ['Director Comercial', 'director', 'sales'],
  ['Head of Product', 'director', 'product'],
  ['Head of People', 'director', 'hr'],
  ['Directora Financiera', 'director', 'finance'],
  ['Director de TI', 'director', 'it'],
  ['Country Manager Spain', 'director', 'general-management'],
  ['Chief of Staff', 'director', 'general-management'],
  // manager
  ['Jefa de Compras', 'manager', 'purchasing'],
  ['Responsable de Logística', 'manager', 'operations'],
  ['Team Lead, Customer Support', 'manager', 'support'],
  ['Lead Developer', 'manager', 'engineering'],
  ['Marketing Manager', 'manager', 'marketing'],
  ['Product Manager', 'manager', 'product'],
  ['Project Manager', 'manager', 'other'],
  ['IT Manager', 'manager', 'it'],
  ['Responsable de Sistemas', 'manager', 'it'],
  ['Customer Success Manager', 'manager', 'support'],
  ['Supply Chain Manager', 'manager', 'operations'],
  ['Talent Acquisition Lead', 'manager', 'hr'],
  // senior
  ['Senior Software Engineer', 'senior', 'engineering'],
  ['Sr. Accountant', 'senior', 'finance'],
  ['Especialista en Marketing Digital', 'senior', 'marketing'],
  ['Principal Engineer', 'senior', 'engineering'],
  ['Comprador Senior', 'senior', 'purchasing'],
  ['Procurement Specialist', 'senior', 'purchasing'],
  ['Senior Consultant', 'senior', 'other'],
  ['Key Account Manager', 'senior', 'sales'],
  ['Lead Generation Specialist', 'senior', 'marketing'],
  // entry
  ['Analista Financiero', 'entry', 'finance'],
  ['Técnica de Selección', 'entry', 'hr'],
  ['Técnico de Prevención de Riesgos Laborales', 'entry', 'operations'],
  ['Associate', 'entry', null],
  ['Sales Executive', 'entry', 'sales'],
  ['Ejecutiva de Cuentas', 'entry', 'sales'],
  ['Account Manager', 'entry', 'sales'],
  ['SDR', 'entry', 'sales'],
  ['Business Development Representative', 'entry', 'sales'],
  ['Coordinadora de Marketing', 'entry', 'marketing'],
  ['Asistente de Dirección', 'entry', 'general-management'],
  ['Executive Assistant to the CEO', 'entry', 'general-management'],
  // intern
  ['Becaria de Marketing', 'intern', 'marketing'],
  ['Prácticas en Recursos Humanos', 'intern', 'hr'],
  ['Marketing Intern', 'intern', 'marketing'],
  ['Estudiante de Ingeniería Informática', 'intern', 'engineering'],
  ['Trainee', 'intern', null],
  // a department without a rank
  ['Abogada', null, 'legal'],
  ['Legal Counsel', null, 'legal'],
  ['Asesoría Jurídica', null, 'legal'],
  ['Atención al cliente', null, 'support'],
  ['Consultor SAP', null, 'other'],
  ['Software Engineer', null, 'engineering'],
  ['Ingeniero de Ventas', null, 'sales'],
  ['Desarrollo de Negocio', null, 'sales'],
  ['Controller', null, 'finance'],
  ['Product Owner', null, 'product'],
  ['HR Business Partner', null, 'hr'],
  ['Director de Tecnología', 'director', 'it'],
  // headlines with several parts and an employer
  ['CEO at Acme | Speaker', 'c-level', 'general-management'],
  ['Fundadora en Tecnoserra · Mentora', 'owner', 'general-management'],
  ['Apasionado por la tecnología | Director de Ventas en Norteña SL', 'director', 'sales'],
  ['Helping SMEs grow | Sales Manager', 'manager', 'sales'],
  ['CEO en Ventas Online SL', 'c-level', 'general-management'],
  ['Head of Marketing @ Ventura Labs', 'director', 'marketing'],
  ['Analista en Banco Mercantil S.A.', 'entry', null],
  ['Make it happen', null, null],
  ['', null, null],
];

describe('classifyTitle', () => {
  it('has a broad table', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(60);
  });

  it.each(ROWS)('%s → %s / %s', (title, seniority, department) => {
    expect(classifyTitle(title)).toEqual({ seniority, department });
  });

  it('ignores accents and case', () => {
    expect(classifyTitle('TECNICA DE SELECCION')).toEqual(classifyTitle('Técnica de Selección'));
    expect(classifyTitle('directora de marketing')).toEqual({
      seniority: 'director',
      department: 'marketing',
    });
  });

  it('reads masculine and feminine forms alike', () => {
    for (const [m, f] of [
      ['Fundador', 'Fundadora'],
      ['Jefe de Ventas', 'Jefa de Ventas'],
      ['Director Financiero', 'Directora Financiera'],
      ['Becario', 'Becaria'],
      ['Propietario', 'Propietaria'],
      ['Vicepresidente de Ventas', 'Vicepresidenta de Ventas'],
    ] as const)
      expect(classifyTitle(f)).toEqual(classifyTitle(m));
  });

  it('keeps the highest rank within one role part', () => {
    expect(classifyTitle('Senior Manager, Finance').seniority).toBe('manager');
    expect(classifyTitle('Founder & CEO').seniority).toBe('owner');
  });

  it('does not read the employer name as the department', () => {
    expect(classifyTitle('CEO at Marketing Masters').department).toBe('general-management');
    expect(classifyTitle('Analista @ Ventas Globales').department).toBeNull();
  });

  it('reads "IT" as a department only in capitals', () => {
    expect(classifyTitle('Responsable IT').department).toBe('it');
    expect(classifyTitle('Manager - make it simple').department).toBeNull();
  });

  it('stays fast and total on hostile input', () => {
    const long = `${'Director '.repeat(5000)}de Ventas`;
    const started = Date.now();
    expect(() => classifyTitle(long)).not.toThrow();
    expect(() => classifyTitle('\u0000|||·•—/')).not.toThrow();
    expect(classifyTitle(undefined as unknown as string)).toEqual({
      seniority: null,
      department: null,
    });
    expect(Date.now() - started).toBeLessThan(500);
  });
});
