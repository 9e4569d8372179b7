import { IMPORTED_TABLES, type ImportedTable } from '../formats/table-columns';
import { csvRows } from '../testing/csv-return';
import type { CheckedReturn } from './dfe-rule';
import { DFE_RULES, validateReturn } from './validate-return';

const COLUMNS: Record<ImportedTable, string> = {
  header: 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB',
  episodes: 'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN',
  uasc: 'CHILD,SEX,DOB,DUC',
  ad1: 'CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR',
  placed_adoption: 'CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED',
  oc3: 'CHILD,DOB,IN_TOUCH,ACTIV,ACCOM',
};
/** A girl born 2010, in care all 2023-24 in foster care. */
const HEADER = 'A,2,01/06/2010,WBRI,A12345678901B,0,';
const EPISODE = 'A,01/05/2022,S,C2,N1,U4,PR1,,,,DT1 1AA,BH1 1AA,SC000001';

type Tables = Partial<Record<ImportedTable, string[]>>;
function ret(tables: Tables, year = '2023-24'): CheckedReturn {
  const all = { header: [HEADER], episodes: [EPISODE], ...tables };
  return {
    year,
    tables: Object.fromEntries(
      IMPORTED_TABLES.map((t) => [
        t,
        csvRows([COLUMNS[t], ...(all[t] ?? [])].join('\n')).map((values) => ({ values })),
      ]),
    ) as unknown as CheckedReturn['tables'],
  };
}
const failing = (tables: Tables, year?: string) =>
  [...new Set(validateReturn(ret(tables, year)).failures.map((f) => f.rule))].sort();

/** Per rule: a return that breaks it, and one as close as can be that does not. */
const CASES: [code: string, bad: Tables, good: Tables, year?: string][] = [
  ['101', { header: ['A,M,01/06/2010,WBRI,UN2,0,'] }, { header: ['A,2,01/06/2010,WBRI,UN2,0,'] }],
  ['101', { header: ['A,2,01/06/2010,WBRI,UN2,0,'] }, { header: ['A,F,01/06/2010,WBRI,UN2,0,'] }, '2024-25'],
  ['102', { header: ['A,2,31/02/2010,WBRI,UN2,0,'] }, { header: ['A,2,28/02/2010,WBRI,UN2,0,'] }],
  ['103', { header: ['A,2,01/06/2010,XXXX,UN2,0,'] }, { header: ['A,2,01/06/2010,WIRI,UN2,0,'] }],
  ['168', { header: ['A,2,01/06/2010,WBRI,UN7,0,'] }, { header: ['A,2,01/06/2010,WBRI,UN5,0,'] }],
  [
    '171',
    { header: ['A,2,01/06/2008,WBRI,UN2,1,2023-06-01'] },
    { header: ['A,2,01/06/2008,WBRI,UN2,1,01/06/2023'] },
  ],
  [
    '174',
    { header: ['A,1,01/06/2008,WBRI,UN2,,01/06/2023'] },
    { header: ['A,2,01/06/2008,WBRI,UN2,1,01/06/2023'] },
  ],
  [
    '301',
    { header: ['A,2,01/04/2024,WBRI,UN2,0,'] },
    { header: ['A,2,31/03/2024,WBRI,UN2,0,'], episodes: [] },
  ],
  [
    '625',
    { header: ['A,2,01/06/2008,WBRI,UN2,1,01/04/2024'] },
    { header: ['A,2,01/06/2008,WBRI,UN2,1,31/03/2024'] },
  ],
  [
    '625',
    {
      header: ['A,2,01/06/2008,WBRI,UN2,1,01/09/2023'],
      episodes: ['A,01/05/2022,S,C2,N1,U4,PR1,01/08/2023,E8,,DT1 1AA,BH1 1AA,SC1'],
    },
    {
      header: ['A,2,01/06/2008,WBRI,UN2,1,01/07/2023'],
      episodes: ['A,01/05/2022,S,C2,N1,U4,PR1,01/08/2023,E8,,DT1 1AA,BH1 1AA,SC1'],
    },
  ],
  [
    '628',
    { header: ['A,2,01/06/2005,WBRI,UN2,0,'], episodes: [], oc3: ['A,01/06/2005,YES,F1,S2'] },
    { header: ['A,2,01/06/2005,WBRI,UN2,,'], episodes: [], oc3: ['A,01/06/2005,YES,F1,S2'] },
  ],
  ['104', { uasc: ['A,2,01/06/2010,31/03/2023'] }, { uasc: ['A,2,01/06/2010,01/04/2023'] }],
  ['104', { uasc: ['A,2,01/06/2010,1/4/2023'] }, { uasc: ['A,2,01/06/2010,'] }],
  ['304', { uasc: ['A,2,01/06/2005,02/06/2023'] }, { uasc: ['A,2,01/06/2005,01/06/2023'] }],
  ['141', { episodes: ['A,2022-05-01,S,C2,N1,U4,PR1,,,,DT1 1AA,BH1 1AA,SC1'] }, {}],
  [
    '147',
    { episodes: ['A,01/05/2022,S,C2,N1,U4,PR1,32/01/2024,E8,,DT1 1AA,BH1 1AA,SC1'] },
    { episodes: ['A,01/05/2022,S,C2,N1,U4,PR1,31/01/2024,E8,,DT1 1AA,BH1 1AA,SC1'] },
  ],
  ['143', { episodes: ['A,01/05/2022,X,C2,N1,U4,PR1,,,,DT1 1AA,BH1 1AA,SC1'] }, {}],
  ['144', { episodes: ['A,01/05/2022,S,C9,N1,U4,PR1,,,,DT1 1AA,BH1 1AA,SC1'] }, {}],
  ['145', { episodes: ['A,01/05/2022,S,C2,N9,U4,PR1,,,,DT1 1AA,BH1 1AA,SC1'] }, {}],
  ['146', { episodes: ['A,01/05/2022,S,C2,N1,U9,PR1,,,,DT1 1AA,BH1 1AA,SC1'] }, {}],
  [
    '149',
    { episodes: ['A,01/05/2022,S,C2,N1,U4,PR1,31/01/2024,E99,,DT1 1AA,BH1 1AA,SC1'] },
    { episodes: ['A,01/05/2022,S,C2,N1,U4,PR1,31/01/2024,E8,,DT1 1AA,BH1 1AA,SC1'] },
  ],
  ['178', { episodes: ['A,01/05/2022,S,C2,N1,U4,PR9,,,,DT1 1AA,BH1 1AA,SC1'] }, {}],
  [
    '1009',
    {
      episodes: [
        'A,01/05/2022,S,C2,N1,U4,PR1,01/06/2023,X1,XXXXX,DT1 1AA,BH1 1AA,SC1',
        'A,01/06/2023,P,C2,N1,U5,PR1,,,,DT1 1AA,BH2 2AA,SC2',
      ],
    },
    {
      episodes: [
        'A,01/05/2022,S,C2,N1,U4,PR1,01/06/2023,X1,CARPL,DT1 1AA,BH1 1AA,SC1',
        'A,01/06/2023,P,C2,N1,U5,PR1,,,,DT1 1AA,BH2 2AA,SC2',
      ],
    },
  ],
  [
    '148',
    { episodes: ['A,01/05/2022,S,C2,N1,U4,PR1,31/01/2024,,,DT1 1AA,BH1 1AA,SC1'] },
    { episodes: ['A,01/05/2022,S,C2,N1,U4,PR1,31/01/2024,E8,,DT1 1AA,BH1 1AA,SC1'] },
  ],
  [
    '142',
    {
      episodes: [
        'A,01/05/2022,S,C2,N1,U4,PR1,,,,DT1 1AA,BH1 1AA,SC1',
        'A,01/06/2023,P,C2,N1,U5,PR1,,,,DT1 1AA,BH2 2AA,SC2',
      ],
    },
    {
      episodes: [
        'A,01/05/2022,S,C2,N1,U4,PR1,01/06/2023,X1,CARPL,DT1 1AA,BH1 1AA,SC1',
        'A,01/06/2023,P,C2,N1,U5,PR1,,,,DT1 1AA,BH2 2AA,SC2',
      ],
    },
  ],
  ['302', { header: ['A,2,02/05/2022,WBRI,UN2,0,'] }, { header: ['A,2,01/05/2022,WBRI,UN2,0,'] }],
  [
    '353',
    {
      header: ['A,2,01/06/1980,WBRI,UN2,0,'],
      episodes: ['A,13/10/1991,S,V2,N1,K2,PR1,,,,DT1 1AA,BH1 1AA,SC1'],
    },
    {
      header: ['A,2,01/06/1980,WBRI,UN2,0,'],
      episodes: ['A,14/10/1991,S,V2,N1,K2,PR1,,,,DT1 1AA,BH1 1AA,SC1'],
    },
  ],
  [
    '385',
    { episodes: ['A,01/05/2022,S,C2,N1,U4,PR1,01/04/2024,E8,,DT1 1AA,BH1 1AA,SC1'] },
    { episodes: ['A,01/05/2022,S,C2,N1,U4,PR1,31/03/2024,E8,,DT1 1AA,BH1 1AA,SC1'] },
  ],
  [
    '355',
    { episodes: ['A,01/05/2023,S,C2,N1,U4,PR1,01/05/2023,E8,,DT1 1AA,BH1 1AA,SC1'] },
    { episodes: ['A,01/05/2023,S,C2,N1,U4,PR1,02/05/2023,E8,,DT1 1AA,BH1 1AA,SC1'] },
  ],
  [
    '356',
    { episodes: ['A,01/05/2023,S,C2,N1,U4,PR1,30/04/2023,E8,,DT1 1AA,BH1 1AA,SC1'] },
    { episodes: ['A,01/05/2023,S,C2,N1,U4,PR1,02/05/2023,E8,,DT1 1AA,BH1 1AA,SC1'] },
  ],
  [
    '357',
    { episodes: ['A,01/05/2023,P,C2,N1,U4,PR1,,,,DT1 1AA,BH1 1AA,SC1'] },
    { episodes: ['A,01/05/2022,P,C2,N1,U4,PR1,,,,DT1 1AA,BH1 1AA,SC1'] },
  ],
  [
    '388',
    { episodes: ['A,01/05/2022,S,C2,N1,U4,PR1,01/06/2023,X1,CARPL,DT1 1AA,BH1 1AA,SC1'] },
    { episodes: ['A,01/05/2022,S,C2,N1,U4,PR1,01/06/2023,E8,,DT1 1AA,BH1 1AA,SC1'] },
  ],
  [
    '431',
    {
      episodes: [
        'A,01/05/2022,S,C2,N1,U4,PR1,01/06/2023,E8,,DT1 1AA,BH1 1AA,SC1',
        'A,01/06/2023,S,C2,N1,U5,PR1,,,,DT1 1AA,BH2 2AA,SC2',
      ],
    },
    {
      episodes: [
        'A,01/05/2022,S,C2,N1,U4,PR1,01/06/2023,E8,,DT1 1AA,BH1 1AA,SC1',
        'A,02/06/2023,S,C2,N1,U5,PR1,,,,DT1 1AA,BH2 2AA,SC2',
      ],
    },
  ],
  [
    '432',
    {
      episodes: [
        'A,01/05/2022,S,C2,N1,U4,PR1,01/06/2023,E8,,DT1 1AA,BH1 1AA,SC1',
        'A,02/06/2023,P,C2,N1,U5,PR1,,,,DT1 1AA,BH2 2AA,SC2',
      ],
    },
    {
      episodes: [
        'A,01/05/2022,S,C2,N1,U4,PR1,01/06/2023,E8,,DT1 1AA,BH1 1AA,SC1',
        'A,02/06/2023,S,C2,N1,U5,PR1,,,,DT1 1AA,BH2 2AA,SC2',
      ],
    },
  ],
  [
    '433',
    {
      episodes: [
        'A,01/05/2022,S,C2,N1,U4,PR1,01/06/2023,X1,CARPL,DT1 1AA,BH1 1AA,SC1',
        'A,02/06/2023,P,C2,N1,U5,PR1,,,,DT1 1AA,BH2 2AA,SC2',
      ],
    },
    {
      episodes: [
        'A,01/05/2022,S,C2,N1,U4,PR1,01/06/2023,X1,CARPL,DT1 1AA,BH1 1AA,SC1',
        'A,01/06/2023,P,C2,N1,U5,PR1,,,,DT1 1AA,BH2 2AA,SC2',
      ],
    },
  ],
  [
    '434',
    {
      episodes: [
        'A,01/05/2022,S,C1,N1,U4,PR1,01/06/2023,X1,,DT1 1AA,BH1 1AA,SC1',
        'A,01/06/2023,L,C2,N1,U5,PR1,,,,DT1 1AA,BH1 1AA,SC1',
      ],
    },
    {
      episodes: [
        'A,01/05/2022,S,C1,N1,U4,PR1,01/06/2023,X1,,DT1 1AA,BH1 1AA,SC1',
        'A,01/06/2023,L,C2,N1,U4,PR1,,,,DT1 1AA,BH1 1AA,SC1',
      ],
    },
  ],
  [
    '435',
    {
      episodes: [
        'A,01/05/2022,S,C2,N1,U4,PR1,01/06/2023,X1,CARPL,DT1 1AA,BH1 1AA,SC1',
        'A,01/06/2023,P,C2,N1,U4,PR1,,,,DT1 1AA,BH1 1AA,SC1',
      ],
    },
    {
      episodes: [
        'A,01/05/2022,S,C2,N1,U4,PR1,01/06/2023,X1,CARPL,DT1 1AA,BH1 1AA,SC1',
        'A,01/06/2023,P,C2,N1,U4,PR1,,,,DT1 1AA,BH1 2AA,SC1',
      ],
    },
  ],
  [
    '436',
    {
      episodes: [
        'A,01/05/2022,S,C1,N1,U4,PR1,01/06/2023,X1,CARPL,DT1 1AA,BH1 1AA,SC1',
        'A,01/06/2023,B,C1,N1,U5,PR1,,,,DT1 1AA,BH2 2AA,SC2',
      ],
    },
    {
      episodes: [
        'A,01/05/2022,S,C1,N1,U4,PR1,01/06/2023,X1,CARPL,DT1 1AA,BH1 1AA,SC1',
        'A,01/06/2023,B,C2,N1,U5,PR1,,,,DT1 1AA,BH2 2AA,SC2',
      ],
    },
  ],
  [
    '437',
    {
      episodes: [
        'A,01/05/2022,S,C2,N1,U4,PR1,01/06/2023,E2,,DT1 1AA,BH1 1AA,SC1',
        'A,02/07/2023,S,C2,N1,U5,PR1,,,,DT1 1AA,BH2 2AA,SC2',
      ],
    },
    {
      episodes: [
        'A,01/05/2022,S,C2,N1,U4,PR1,01/06/2023,E8,,DT1 1AA,BH1 1AA,SC1',
        'A,02/07/2023,S,C2,N1,U5,PR1,,,,DT1 1AA,BH2 2AA,SC2',
      ],
    },
  ],
  [
    '501',
    {
      episodes: [
        'A,01/05/2022,S,C2,N1,U4,PR1,01/07/2023,E8,,DT1 1AA,BH1 1AA,SC1',
        'A,01/06/2023,S,C2,N1,U5,PR1,,,,DT1 1AA,BH2 2AA,SC2',
      ],
    },
    {
      episodes: [
        'A,01/05/2022,S,C2,N1,U4,PR1,01/06/2023,E8,,DT1 1AA,BH1 1AA,SC1',
        'A,01/07/2023,S,C2,N1,U5,PR1,,,,DT1 1AA,BH2 2AA,SC2',
      ],
    },
  ],
  [
    '504',
    {
      episodes: [
        'A,01/05/2022,S,C2,N1,U4,PR1,01/06/2023,X1,CARPL,DT1 1AA,BH1 1AA,SC1',
        'A,01/06/2023,P,C2,N2,U5,PR1,,,,DT1 1AA,BH2 2AA,SC2',
      ],
    },
    {
      episodes: [
        'A,01/05/2022,S,C2,N1,U4,PR1,01/06/2023,E8,,DT1 1AA,BH1 1AA,SC1',
        'A,01/07/2023,S,C2,N2,U5,PR1,,,,DT1 1AA,BH2 2AA,SC2',
      ],
    },
  ],
  [
    '352',
    {
      header: ['A,2,01/05/2005,WBRI,UN2,0,'],
      episodes: ['A,01/05/2023,S,V2,N1,K2,PR1,,,,DT1 1AA,BH1 1AA,SC1'],
    },
    {
      header: ['A,2,02/05/2005,WBRI,UN2,0,'],
      episodes: ['A,01/05/2023,S,V2,N1,K2,PR1,,,,DT1 1AA,BH1 1AA,SC1'],
    },
  ],
  [
    '359',
    { header: ['A,2,01/06/2005,WBRI,UN2,0,'] },
    {
      header: ['A,2,01/06/2005,WBRI,UN2,0,'],
      episodes: ['A,01/05/2022,S,C2,N1,U4,PR1,01/06/2023,E8,,DT1 1AA,BH1 1AA,SC1'],
    },
  ],
  [
    '386',
    {
      header: ['A,2,01/06/2005,WBRI,UN2,0,'],
      episodes: ['A,01/05/2022,S,E1,N1,A5,PR1,01/06/2023,E11,,DT1 1AA,BH1 1AA,SC1'],
    },
    {
      header: ['A,2,01/06/2005,WBRI,UN2,0,'],
      episodes: ['A,01/05/2022,S,E1,N1,A5,PR1,31/05/2023,E11,,DT1 1AA,BH1 1AA,SC1'],
    },
  ],
  [
    '390',
    { episodes: ['A,01/05/2022,S,C2,N1,U4,PR1,31/01/2024,E11,,DT1 1AA,BH1 1AA,SC1'] },
    { episodes: ['A,01/05/2022,S,E1,N1,A4,PR1,31/01/2024,E11,,DT1 1AA,BH1 1AA,SC1'] },
  ],
  [
    '460',
    {
      header: ['A,2,02/06/2005,WBRI,UN2,0,'],
      episodes: ['A,01/05/2022,S,C2,N1,U4,PR1,01/06/2023,E17,,DT1 1AA,BH1 1AA,SC1'],
    },
    {
      header: ['A,2,01/06/2005,WBRI,UN2,0,'],
      episodes: ['A,01/05/2022,S,C2,N1,U4,PR1,01/06/2023,E17,,DT1 1AA,BH1 1AA,SC1'],
    },
  ],
  [
    '408',
    { episodes: ['A,01/05/2022,S,C2,N1,A5,PR1,,,,DT1 1AA,BH1 1AA,SC1'] },
    { episodes: ['A,01/05/2022,S,E1,N1,A5,PR1,,,,DT1 1AA,BH1 1AA,SC1'] },
  ],
  ['380', { episodes: ['A,01/05/2022,S,C2,N1,T1,,,,,DT1 1AA,BH1 1AA,'] }, {}],
  [
    '381',
    {
      episodes: [
        'A,01/05/2022,S,C2,N1,U4,PR1,01/06/2023,X1,,DT1 1AA,BH1 1AA,SC1',
        'A,01/06/2023,P,C2,N1,T1,,10/06/2023,E8,,DT1 1AA,,',
      ],
    },
    {
      episodes: [
        'A,01/05/2022,S,C2,N1,U4,PR1,01/06/2023,X1,,DT1 1AA,BH1 1AA,SC1',
        'A,01/06/2023,P,C2,N1,T1,,10/06/2023,X1,,DT1 1AA,,',
        'A,10/06/2023,P,C2,N1,U4,PR1,,,,DT1 1AA,BH1 1AA,SC1',
      ],
    },
  ],
  [
    '217t',
    { episodes: ['A,28/10/2023,S,C2,N1,P2,PR1,,,,DT1 1AA,BH1 1AA,SC1'] },
    { episodes: ['A,27/10/2023,S,C2,N1,P2,PR1,,,,DT1 1AA,BH1 1AA,SC1'] },
  ],
  [
    '392c',
    { episodes: ['A,01/05/2022,S,C2,N1,U4,PR1,,,,DT1 1AA,BH1,SC1'] },
    { episodes: ['A,01/05/2022,S,C2,N1,U4,PR1,,,,NPT 5JZ,bh11aa,SC1'] },
  ],
  [
    '392d',
    { episodes: ['A,01/05/2022,S,C2,N1,U4,PR1,,,,DT1 1AA,dt11aa,SC1'] },
    { episodes: ['A,01/05/2022,S,C2,N1,P1,PR1,,,,DT1 1AA,DT1 1AA,'] },
  ],
  [
    '398',
    { episodes: ['A,01/05/2023,S,V3,N1,U4,PR1,03/05/2023,E8,,DT1 1AA,BH1 1AA,SC1'] },
    { episodes: ['A,01/05/2023,S,V3,N1,U4,PR1,03/05/2023,E8,,,,SC1'] },
  ],
  [
    '112',
    { ad1: ['A,01/06/2010,1/1/2023,01/02/2023,1,2,MF,L11'] },
    { ad1: ['A,01/06/2010,01/01/2023,01/02/2023,1,2,MF,L11'] },
  ],
  [
    '113',
    { ad1: ['A,01/06/2010,01/01/2023,2023-02-01,1,2,MF,L11'] },
    { ad1: ['A,01/06/2010,01/01/2023,01/02/2023,1,2,MF,L11'] },
  ],
  [
    '114',
    { ad1: ['A,01/06/2010,01/01/2023,01/02/2023,2,2,MF,L11'] },
    { ad1: ['A,01/06/2010,01/01/2023,01/02/2023,0,2,MF,L11'] },
  ],
  [
    '175',
    { ad1: ['A,01/06/2010,01/01/2023,01/02/2023,1,3,MF,L11'] },
    { ad1: ['A,01/06/2010,01/01/2023,01/02/2023,1,1,F1,L0'] },
  ],
  [
    '176',
    { ad1: ['A,01/06/2010,01/01/2023,01/02/2023,1,2,XX,L11'] },
    { ad1: ['A,01/06/2010,01/01/2023,01/02/2023,1,2,FF,L11'] },
  ],
  [
    '177',
    { ad1: ['A,01/06/2010,01/01/2023,01/02/2023,1,2,MF,L9'] },
    { ad1: ['A,01/06/2010,01/01/2023,01/02/2023,1,2,MF,L12'] },
  ],
  [
    '333',
    { ad1: ['A,01/06/2010,02/02/2023,01/02/2023,1,2,MF,L11'] },
    { ad1: ['A,01/06/2010,01/02/2023,01/02/2023,1,2,MF,L11'] },
  ],
  [
    '115',
    { placed_adoption: ['A,01/06/2010,1/1/2023,,'] },
    { placed_adoption: ['A,01/06/2010,01/01/2023,,'] },
  ],
  [
    '116',
    { placed_adoption: ['A,01/06/2010,01/01/2023,1/2/2023,RD1'] },
    { placed_adoption: ['A,01/06/2010,01/01/2023,01/02/2023,RD1'] },
  ],
  [
    '119',
    { placed_adoption: ['A,01/06/2010,01/01/2023,01/02/2023,'] },
    { placed_adoption: ['A,01/06/2010,01/01/2023,01/02/2023,RD2'] },
  ],
  [
    '120',
    { placed_adoption: ['A,01/06/2010,01/01/2023,01/02/2023,RD9'] },
    { placed_adoption: ['A,01/06/2010,01/01/2023,01/02/2023,RD4'] },
  ],
  [
    '522',
    { placed_adoption: ['A,01/06/2010,02/02/2023,01/02/2023,RD1'] },
    { placed_adoption: ['A,01/06/2010,01/02/2023,01/02/2023,RD1'] },
  ],
  [
    '131',
    { header: [HEADER, 'L,1,01/06/2005,WBRI,UN2,,'], oc3: ['L,01/06/2005,MAYBE,F1,S2'] },
    { header: [HEADER, 'L,1,01/06/2005,WBRI,UN2,,'], oc3: ['L,01/06/2005,YES,F1,S2'] },
  ],
  [
    '132',
    { header: [HEADER, 'L,1,01/06/2005,WBRI,UN2,,'], oc3: ['L,01/06/2005,YES,F3,S2'] },
    { header: [HEADER, 'L,1,01/06/2005,WBRI,UN2,,'], oc3: ['L,01/06/2005,YES,F2,S2'] },
  ],
  [
    '133',
    { header: [HEADER, 'L,1,01/06/2005,WBRI,UN2,,'], oc3: ['L,01/06/2005,YES,F1,Q9'] },
    { header: [HEADER, 'L,1,01/06/2005,WBRI,UN2,,'], oc3: ['L,01/06/2005,YES,F1,S2'] },
  ],
  [
    '1007',
    {
      header: ['L,1,01/06/2006,WBRI,UN2,,'],
      episodes: ['L,01/05/2022,S,C2,N1,U4,PR1,,,,DT1 1AA,BH1 1AA,SC1'],
      oc3: ['L,01/06/2006,YES,F1,S2'],
    },
    {
      header: ['L,1,01/06/2006,WBRI,UN2,,'],
      episodes: ['L,01/05/2022,S,C2,N1,U4,PR1,01/06/2023,E8,,DT1 1AA,BH1 1AA,SC1'],
      oc3: ['L,01/06/2006,YES,F1,S2'],
    },
  ],
];

describe('DfE validation rules (data-to-insight csc-validator-be-903, 2023-24)', () => {
  it('finds nothing in a clean return, and names every rule it checks', () => {
    const report = validateReturn(ret({}));
    expect(report.failures).toEqual([]);
    expect(report.rules.map((r) => r.code)).toEqual(DFE_RULES.map((r) => r.code));
    expect(new Set(report.rules.map((r) => r.code)).size).toBe(report.rules.length);
    expect(report.rules.every((r) => r.message.length > 10)).toBe(true);
  });

  it('has a breaking and a passing case for every rule', () => {
    const tested = new Set(CASES.map(([code]) => code));
    expect(DFE_RULES.map((r) => r.code).filter((c) => !tested.has(c))).toEqual([]);
  });

  it.each(CASES.map(([code, bad, good, year]) => [code, { bad, good, year }] as const))(
    'rule %s: the breaking row fails it, the passing row does not',
    (code, { bad, good, year }) => {
      expect(failing(bad, year)).toContain(code);
      expect(failing(good, year)).not.toContain(code);
    },
  );

  it('names the child, table, field and the event to correct', () => {
    const checked = ret({ episodes: ['A,01/05/2022,S,C2,N1,U4,PR1,31/01/2024,E11,,DT1 1AA,BH1 1AA,SC1'] });
    const rows = checked.tables.episodes.map((r) => ({
      ...r,
      ref: { eventId: 'ev-start', endEventId: 'ev-end' },
    }));
    const report = validateReturn({ ...checked, tables: { ...checked.tables, episodes: rows } });
    expect(report.failures).toEqual([
      {
        rule: '390',
        message: 'Reason episode ceased is adopted but child has not been previously placed for adoption.',
        childId: 'A',
        table: 'episodes',
        field: 'REC',
        eventId: 'ev-end',
      },
    ]);
  });
});
