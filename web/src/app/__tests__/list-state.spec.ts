import { describe, expect, it } from '@jest/globals';
import { IDEA_STATES } from '@laerekraft/shared';
import { readListState, toApiFilter, writeListState, type ListOptions } from '../listState';

const IDEAS: ListOptions = {
  states: IDEA_STATES,
  sorts: ['nyeste', 'eldste', 'mest-stottet'],
  results: false,
  fallback: 'mine',
  rememberAs: null,
};
const UNIT = '0b3a5c1e-8d2f-4c6a-9e1b-2f3d4c5b6a7e';

describe('a list’s filters in the address', () => {
  it('reads what the list offers and becomes the API filter', () => {
    const s = readListState(
      new URLSearchParams(
        `omfang=organisasjon&tilstand=SUBMITTED&enhet=${UNIT}&handling=DARE&mal=3&tema=WELFARE&tittel=sensor&sortering=mest-stottet`,
      ),
      IDEAS,
    );
    expect(s).toMatchObject({ tab: 'organisasjon', sort: 'mest-stottet', title: 'sensor' });
    expect(toApiFilter(s, false)).toEqual({
      states: ['SUBMITTED'],
      unitId: UNIT,
      action: 'DARE',
      sdg: 3,
      theme: 'WELFARE',
      title: 'sensor',
    });
  });

  it('drops what it does not offer: an old or edited link shows the list, not an error', () => {
    const s = readListState(
      new URLSearchParams(
        `omfang=alle&tilstand=RUNNING&enhet=sone&handling=FLY&mal=18&tema=SPACE&resultat=SUPPORTED&tittel=${'x'.repeat(141)}&sortering=tilfeldig`,
      ),
      IDEAS,
    );
    expect(s).toEqual({
      tab: 'mine',
      state: '',
      unitId: '',
      action: '',
      sdg: '',
      theme: '',
      result: '',
      title: '',
      sort: 'nyeste',
    });
    expect(toApiFilter(s, false)).toEqual({});
  });

  it('writes only what is set, leaving the default sort out, and reads back the same', () => {
    const s = readListState(new URLSearchParams('omfang=enhet&mal=13&tittel=%20kaffe%20'), IDEAS);
    const written = writeListState(s, IDEAS).toString();
    expect(written).toBe('omfang=enhet&mal=13&tittel=kaffe');
    expect(readListState(new URLSearchParams(written), IDEAS)).toEqual({ ...s, title: 'kaffe' });
  });
});
