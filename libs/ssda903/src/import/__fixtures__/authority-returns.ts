import type { Return } from '../../reading/return';
import { csvReturn } from '../../testing/csv-return';

/**
 * Three years of a small authority's returns, hand-made so that every import path is used:
 * - A: a legal status change (L), a move with a new carer (P, reason CARPL), a temporary
 *   placement (T2) and the return from it, a move with the same carer (T, reason PLACE);
 * - B: placed for adoption with the foster carer (U: E1 and A5 the same day), decision,
 *   match (AD1) and adoption (E11);
 * - C: a care leaver who left care at 18 with E17 from foster care (Staying Put), then OC3
 *   contacts on the 18th birthday (still with the former foster carers) and the 19th (not);
 * - D: an unaccompanied asylum-seeking child whose status ceased at 18, with an OC3 contact
 *   (DUC blank in the returns before the year it ceased: a return cannot know a later date).
 * Episodes that ended after a year's end are open (DEC blank) in that year's return.
 */
export const AUTHORITY = 'E06000059';

const HEADER = 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB';
const EPISODES =
  'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN';
const UASC = 'CHILD,SEX,DOB,DUC';
const AD1 = 'CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR';
const PLACED = 'CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED';
const OC3 = 'CHILD,DOB,IN_TOUCH,ACTIV,ACCOM';

export const RETURN_2021_22 = (): Return =>
  csvReturn('2021-22', {
    header: `${HEADER}
      A,1,14/03/2012,WBRI,A123456789012,,
      B,2,05/01/2020,MWBC,UN1,,
      C,1,20/05/2004,WBRI,,,
      D,1,01/02/2006,BAFR,UN2,,`,
    episodes: `${EPISODES}
      A,01/06/2021,S,C1,N1,U6,PR1,01/09/2021,X1,,DT1 1AA,DT2 2BB,SC100001
      A,01/09/2021,L,C2,N1,U6,PR1,01/02/2022,X1,CARPL,DT1 1AA,DT2 2BB,SC100001
      A,01/02/2022,P,C2,N1,U4,PR4,,,,DT1 1AA,BH1 1CC,SC200002
      B,10/04/2021,S,C1,N1,U5,PR1,01/10/2021,X1,CARPL,BH1 1AA,BH3 3EE,SC300003
      B,01/10/2021,U,E1,N1,A5,PR1,,,,BH1 1AA,BH3 3EE,SC300003
      C,01/03/2019,S,V2,N4,U6,PR1,,,,DT3 3AA,DT4 4BB,SC400004
      D,01/11/2021,S,V2,N8,K2,PR4,,,,,SO14 1AA,SC500005`,
    uasc: `${UASC}
      D,1,01/02/2006,`,
    placed_adoption: `${PLACED}
      B,05/01/2020,01/08/2021,,`,
    oc3: OC3,
    ad1: AD1,
  });

export const RETURN_2022_23 = (): Return =>
  csvReturn('2022-23', {
    header: `${HEADER}
      A,1,14/03/2012,WBRI,A123456789012,,
      B,2,05/01/2020,MWBC,UN1,,
      C,1,20/05/2004,WBRI,,,
      D,1,01/02/2006,BAFR,UN2,,`,
    episodes: `${EPISODES}
      A,01/02/2022,P,C2,N1,U4,PR4,01/08/2022,X1,,DT1 1AA,BH1 1CC,SC200002
      A,01/08/2022,P,C2,N1,T2,,15/08/2022,X1,,DT1 1AA,,
      A,15/08/2022,P,C2,N1,U4,PR4,10/01/2023,X1,PLACE,DT1 1AA,BH1 1CC,SC200002
      A,10/01/2023,T,C2,N1,U4,PR4,,,,DT1 1AA,BH2 2DD,SC200002
      B,01/10/2021,U,E1,N1,A5,PR1,01/06/2022,E11,,BH1 1AA,BH3 3EE,SC300003
      C,01/03/2019,S,V2,N4,U6,PR1,20/05/2022,E17,,DT3 3AA,DT4 4BB,SC400004
      D,01/11/2021,S,V2,N8,K2,PR4,,,,,SO14 1AA,SC500005`,
    uasc: `${UASC}
      D,1,01/02/2006,`,
    ad1: `${AD1}
      B,05/01/2020,01/08/2021,15/09/2021,1,2,MF,L11`,
    placed_adoption: `${PLACED}
      B,05/01/2020,01/08/2021,,`,
    oc3: `${OC3}
      C,20/05/2004,YES,F5,Z1`,
  });

export const RETURN_2023_24 = (): Return =>
  csvReturn('2023-24', {
    header: `${HEADER}
      A,1,14/03/2012,WBRI,A123456789012,,
      C,1,20/05/2004,WBRI,,,
      D,1,01/02/2006,BAFR,UN2,,`,
    episodes: `${EPISODES}
      A,10/01/2023,T,C2,N1,U4,PR4,,,,DT1 1AA,BH2 2DD,SC200002
      D,01/11/2021,S,V2,N8,K2,PR4,01/02/2024,E5,,,SO14 1AA,SC500005`,
    uasc: `${UASC}
      D,1,01/02/2006,01/02/2024`,
    ad1: AD1,
    placed_adoption: PLACED,
    oc3: `${OC3}
      C,20/05/2004,YES,F5,U1
      D,01/02/2006,YES,G5,D1`,
  });

export const ALL_RETURNS = (): Return[] => [RETURN_2021_22(), RETURN_2022_23(), RETURN_2023_24()];

/**
 * The 2023-24 return as amended by the authority: A's move on 10/01/2023 was to a new carer
 * (RNE P, another URN), not a house move, and the placement before it ended at the carer's
 * request (CREQB): the earlier episode is re-sent with the corrected reason.
 */
export const RETURN_2023_24_AMENDED = (): Return =>
  csvReturn(
    '2023-24',
    {
      header: `${HEADER}
      A,1,14/03/2012,WBRI,A123456789012,,
      C,1,20/05/2004,WBRI,,,
      D,1,01/02/2006,BAFR,UN2,,`,
      episodes: `${EPISODES}
      A,15/08/2022,P,C2,N1,U4,PR4,10/01/2023,X1,CREQB,DT1 1AA,BH1 1CC,SC200002
      A,10/01/2023,P,C2,N1,U4,PR4,,,,DT1 1AA,BH2 2DD,SC200099
      D,01/11/2021,S,V2,N8,K2,PR4,01/02/2024,E5,,,SO14 1AA,SC500005`,
      uasc: `${UASC}
      D,1,01/02/2006,01/02/2024`,
      oc3: `${OC3}
      C,20/05/2004,YES,F5,U1
      D,01/02/2006,YES,G5,D1`,
    },
    'amended',
  );
