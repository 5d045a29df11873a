/**
 * Word lists and templates for the scale generator (`npm run seed:scale`): Norwegian text in
 * bokmål and nynorsk, varied enough that a search for a service, a tool or a place finds a
 * meaningful share of the portfolio (not everything, not nothing). Our own lists; compounds
 * (barnehageplass, hjemmetjeneste, velferdsteknologi) and their inflected forms are there on
 * purpose, since the norwegian stemmer neither splits compounds nor knows irregular plurals.
 *
 * The SQL indexes these arrays 1-based with a hash of the row number, so each list for a
 * theme has exactly OBJECTS_PER_THEME entries (a PostgreSQL text[][] must be rectangular).
 */

/** Theme order: the index the generator uses (matches the sectors below). */
export const THEME_ORDER = [
  'UPBRINGING',
  'HEALTH_AND_CARE',
  'WELFARE',
  'TECHNICAL',
  'CLIMATE_AND_ENVIRONMENT',
  'CULTURE',
  'ADMINISTRATION',
] as const;

/** Top-level units (sectors) of every organisation, and the themes their experiments have. */
export const SECTORS: ReadonlyArray<{ nb: string; nn: string; themes: number[] }> = [
  { nb: 'Oppvekst og utdanning', nn: 'Oppvekst og utdanning', themes: [1] },
  { nb: 'Helse og omsorg', nn: 'Helse og omsorg', themes: [2, 3] },
  { nb: 'Teknisk sektor', nn: 'Teknisk sektor', themes: [4, 5] },
  { nb: 'Kultur og fritid', nn: 'Kultur og fritid', themes: [6] },
  { nb: 'Stab og administrasjon', nn: 'Stab og administrasjon', themes: [7] },
];

/** Units below each sector: `{place}` is a place name. */
export const UNIT_TEMPLATES: ReadonlyArray<readonly string[]> = [
  ['{place} skole', '{place} barnehage', '{place} ungdomsskole', 'PPT {place}', 'Helsestasjonen {place}'],
  ['Hjemmetjenesten {place}', '{place} sykehjem', 'Legevakt {place}', 'Rehabilitering {place}', 'NAV {place}'],
  ['Vei og park {place}', 'Vann og avløp {place}', 'Byggesak {place}', 'Eiendom {place}', 'Renovasjon {place}'],
  ['{place} bibliotek', 'Kulturskolen {place}', 'Frivilligsentralen {place}', '{place} idrettshall', 'Fritidsklubben {place}'],
  ['Servicetorget {place}', 'Økonomi {place}', 'Personal {place}', 'Digitalisering {place}', 'Arkiv {place}'],
];

export const PLACES = [
  'Nordby', 'Solheim', 'Åsen', 'Lia', 'Haugen', 'Vik', 'Berg', 'Strand', 'Sentrum', 'Moen',
  'Bakken', 'Dalen', 'Nes', 'Holm', 'Eikeli', 'Furuly', 'Granli', 'Skogheim', 'Fjellstad', 'Sjøsiden',
  'Øvre Tveit', 'Nedre Lien', 'Bjørkheim', 'Rosenlund', 'Lindeberg', 'Kirkebygda', 'Elvestad', 'Myra',
  'Vestbyen', 'Østbyen',
];

export const OBJECTS_PER_THEME = 12;

/** Per theme: [indefinite, definite] forms, bokmål. */
const OBJECTS_NB: ReadonlyArray<ReadonlyArray<readonly [string, string]>> = [
  [
    ['barnehageplass', 'barnehageplassen'], ['skolefritidsordning', 'skolefritidsordningen'],
    ['leksehjelp', 'leksehjelpen'], ['foreldremøter', 'foreldremøtene'], ['elevmedvirkning', 'elevmedvirkningen'],
    ['trygg skolevei', 'skoleveien'], ['barnehageopptak', 'barnehageopptaket'], ['spesialundervisning', 'spesialundervisningen'],
    ['skolehelsetjeneste', 'skolehelsetjenesten'], ['lesekurs', 'lesekurset'], ['overgang barnehage–skole', 'overgangen til skolen'],
    ['mobbeombud', 'mobbeombudet'],
  ],
  [
    ['hjemmetjeneste', 'hjemmetjenesten'], ['velferdsteknologi', 'velferdsteknologien'], ['medisindispenser', 'medisindispenseren'],
    ['digitalt tilsyn', 'det digitale tilsynet'], ['trygghetsalarm', 'trygghetsalarmen'], ['sykehjemsplass', 'sykehjemsplassen'],
    ['hverdagsrehabilitering', 'hverdagsrehabiliteringen'], ['legevakt', 'legevakten'], ['pasientforløp', 'pasientforløpet'],
    ['demensomsorg', 'demensomsorgen'], ['nattevakt', 'nattevakten'], ['matombringing', 'matombringingen'],
  ],
  [
    ['NAV-veiledning', 'NAV-veiledningen'], ['boligsosialt arbeid', 'det boligsosiale arbeidet'],
    ['introduksjonsprogram', 'introduksjonsprogrammet'], ['sosialhjelp', 'sosialhjelpen'], ['arbeidstrening', 'arbeidstreningen'],
    ['startlån', 'startlånet'], ['ungdomsgaranti', 'ungdomsgarantien'], ['aktivitetsplikt', 'aktivitetsplikten'],
    ['gjeldsrådgivning', 'gjeldsrådgivningen'], ['bostøtte', 'bostøtten'], ['flyktningtjeneste', 'flyktningtjenesten'],
    ['rusomsorg', 'rusomsorgen'],
  ],
  [
    ['vannmåler', 'vannmåleren'], ['snøbrøyting', 'snøbrøytingen'], ['gatelys', 'gatelyset'],
    ['avfallshenting', 'avfallshentingen'], ['byggesaksbehandling', 'byggesaksbehandlingen'], ['veivedlikehold', 'veivedlikeholdet'],
    ['ladestasjon', 'ladestasjonen'], ['lekeplass', 'lekeplassen'], ['vannledning', 'vannledningen'],
    ['parkeringsplass', 'parkeringsplassen'], ['hullete veier', 'veinettet'], ['kommunale boliger', 'boligmassen'],
  ],
  [
    ['matsvinn', 'matsvinnet'], ['gjenbruk', 'gjenbruket'], ['sykkelparkering', 'sykkelparkeringen'],
    ['energisparing', 'energisparingen'], ['klimabudsjett', 'klimabudsjettet'], ['solcellepanel', 'solcellepanelet'],
    ['overvann', 'overvannet'], ['kildesortering', 'kildesorteringen'], ['elbildeling', 'elbildelingen'],
    ['grønne tak', 'de grønne takene'], ['klimatilpasning', 'klimatilpasningen'], ['ombruksbod', 'ombruksboden'],
  ],
  [
    ['meråpent bibliotek', 'det meråpne biblioteket'], ['kulturskoletime', 'kulturskoletimen'], ['frivilligsentral', 'frivilligsentralen'],
    ['idrettshall', 'idrettshallen'], ['fritidskort', 'fritidskortet'], ['ungdomsklubb', 'ungdomsklubben'],
    ['lokalhistorie', 'lokalhistorien'], ['konsertserie', 'konsertserien'], ['turstier', 'turstiene'],
    ['utlån av utstyr', 'utstyrsutlånet'], ['seniorsenter', 'seniorsenteret'], ['museumsbesøk', 'museumsbesøket'],
  ],
  [
    ['saksbehandling', 'saksbehandlingen'], ['fakturabehandling', 'fakturabehandlingen'], ['innbyggerdialog', 'innbyggerdialogen'],
    ['chatbot', 'chatboten'], ['arkivering', 'arkivet'], ['dokumentflyt', 'dokumentflyten'], ['turnusplanlegging', 'turnusplanen'],
    ['rekruttering', 'rekrutteringen'], ['sykefravær', 'sykefraværet'], ['innkjøp', 'innkjøpet'], ['møtekultur', 'møtekulturen'],
    ['dobbeltregistrering', 'dobbeltregistreringen'],
  ],
];

/** Per theme: [indefinite, definite] forms, nynorsk. */
const OBJECTS_NN: ReadonlyArray<ReadonlyArray<readonly [string, string]>> = [
  [
    ['barnehageplass', 'barnehageplassen'], ['skulefritidsordning', 'skulefritidsordninga'], ['leksehjelp', 'leksehjelpa'],
    ['foreldremøte', 'foreldremøta'], ['elevmedverknad', 'elevmedverknaden'], ['trygg skuleveg', 'skulevegen'],
    ['barnehageopptak', 'barnehageopptaket'], ['spesialundervisning', 'spesialundervisninga'],
    ['skulehelseteneste', 'skulehelsetenesta'], ['lesekurs', 'lesekurset'], ['overgang barnehage–skule', 'overgangen til skulen'],
    ['mobbeombod', 'mobbeombodet'],
  ],
  [
    ['heimeteneste', 'heimetenesta'], ['velferdsteknologi', 'velferdsteknologien'], ['medisindispenser', 'medisindispenseren'],
    ['digitalt tilsyn', 'det digitale tilsynet'], ['tryggleiksalarm', 'tryggleiksalarmen'], ['sjukeheimsplass', 'sjukeheimsplassen'],
    ['kvardagsrehabilitering', 'kvardagsrehabiliteringa'], ['legevakt', 'legevakta'], ['pasientforløp', 'pasientforløpet'],
    ['demensomsorg', 'demensomsorga'], ['nattevakt', 'nattevakta'], ['matombringing', 'matombringinga'],
  ],
  [
    ['NAV-rettleiing', 'NAV-rettleiinga'], ['bustadsosialt arbeid', 'det bustadsosiale arbeidet'],
    ['introduksjonsprogram', 'introduksjonsprogrammet'], ['sosialhjelp', 'sosialhjelpa'], ['arbeidstrening', 'arbeidstreninga'],
    ['startlån', 'startlånet'], ['ungdomsgaranti', 'ungdomsgarantien'], ['aktivitetsplikt', 'aktivitetsplikta'],
    ['gjeldsrådgjeving', 'gjeldsrådgjevinga'], ['bustøtte', 'bustøtta'], ['flyktningteneste', 'flyktningtenesta'],
    ['rusomsorg', 'rusomsorga'],
  ],
  [
    ['vassmålar', 'vassmålaren'], ['snøbrøyting', 'snøbrøytinga'], ['gatelys', 'gatelyset'],
    ['avfallshenting', 'avfallshentinga'], ['byggjesakshandsaming', 'byggjesakshandsaminga'], ['vegvedlikehald', 'vegvedlikehaldet'],
    ['ladestasjon', 'ladestasjonen'], ['leikeplass', 'leikeplassen'], ['vassleidning', 'vassleidninga'],
    ['parkeringsplass', 'parkeringsplassen'], ['holete vegar', 'vegnettet'], ['kommunale bustader', 'bustadmassen'],
  ],
  [
    ['matsvinn', 'matsvinnet'], ['ombruk', 'ombruket'], ['sykkelparkering', 'sykkelparkeringa'],
    ['energisparing', 'energisparinga'], ['klimabudsjett', 'klimabudsjettet'], ['solcellepanel', 'solcellepanelet'],
    ['overvatn', 'overvatnet'], ['kjeldesortering', 'kjeldesorteringa'], ['elbildeling', 'elbildelinga'],
    ['grøne tak', 'dei grøne taka'], ['klimatilpassing', 'klimatilpassinga'], ['ombruksbu', 'ombruksbua'],
  ],
  [
    ['meirope bibliotek', 'det meiropne biblioteket'], ['kulturskuletime', 'kulturskuletimen'], ['frivilligsentral', 'frivilligsentralen'],
    ['idrettshall', 'idrettshallen'], ['fritidskort', 'fritidskortet'], ['ungdomsklubb', 'ungdomsklubben'],
    ['lokalhistorie', 'lokalhistoria'], ['konsertserie', 'konsertserien'], ['turstiar', 'turstiane'],
    ['utlån av utstyr', 'utstyrsutlånet'], ['seniorsenter', 'seniorsenteret'], ['museumsbesøk', 'museumsbesøket'],
  ],
  [
    ['sakshandsaming', 'sakshandsaminga'], ['fakturahandsaming', 'fakturahandsaminga'], ['innbyggjardialog', 'innbyggjardialogen'],
    ['chatbot', 'chatboten'], ['arkivering', 'arkivet'], ['dokumentflyt', 'dokumentflyten'], ['turnusplanlegging', 'turnusplanen'],
    ['rekruttering', 'rekrutteringa'], ['sjukefråvær', 'sjukefråværet'], ['innkjøp', 'innkjøpet'], ['møtekultur', 'møtekulturen'],
    ['dobbeltregistrering', 'dobbeltregistreringa'],
  ],
];

export const objects = (lang: 'nb' | 'nn', form: 0 | 1): string[][] =>
  (lang === 'nb' ? OBJECTS_NB : OBJECTS_NN).map((t) => t.map((o) => o[form]));

/** Title verbs (infinitive, capitalised). */
export const VERBS = {
  nb: ['Prøve ut', 'Teste', 'Innføre', 'Forenkle', 'Styrke', 'Samordne', 'Digitalisere', 'Utvikle', 'Forbedre', 'Kartlegge'],
  nn: ['Prøve ut', 'Teste', 'Innføre', 'Forenkle', 'Styrkje', 'Samordne', 'Digitalisere', 'Utvikle', 'Forbetre', 'Kartleggje'],
};
export const TOOLS = {
  nb: ['sensorer', 'nettbrett', 'en chatbot', 'digitalt skjema', 'SMS-varsling', 'videosamtaler', 'felles kalender',
       'frivillige', 'brukerråd', 'KI-assistent', 'tjenestedesign', 'kunstig intelligens'],
  nn: ['sensorar', 'nettbrett', 'ein chatbot', 'digitalt skjema', 'SMS-varsling', 'videosamtalar', 'felles kalender',
       'frivillige', 'brukarråd', 'KI-assistent', 'tenestedesign', 'kunstig intelligens'],
};
export const TARGETS = {
  nb: ['eldre hjemmeboende', 'foreldre med små barn', 'nyansatte', 'ungdom', 'innbyggere med demens', 'nyankomne flyktninger',
       'lærere', 'næringslivet', 'pårørende', 'ansatte i turnus', 'elever på mellomtrinnet', 'innbyggerne i kommunen'],
  nn: ['eldre heimebuande', 'foreldre med små born', 'nytilsette', 'ungdom', 'innbyggjarar med demens', 'nykomne flyktningar',
       'lærarar', 'næringslivet', 'pårørande', 'tilsette i turnus', 'elevar på mellomtrinnet', 'innbyggjarane i kommunen'],
};
export const AIMS = {
  nb: ['færre feil', 'raskere svar', 'en tryggere hverdag', 'mindre dobbeltarbeid', 'lavere kostnader', 'bedre samarbeid',
       'kortere ventetid', 'mer tid til brukerne', 'færre innleggelser', 'økt mestring'],
  nn: ['færre feil', 'raskare svar', 'ein tryggare kvardag', 'mindre dobbeltarbeid', 'lågare kostnader', 'betre samarbeid',
       'kortare ventetid', 'meir tid til brukarane', 'færre innleggingar', 'auka meistring'],
};
/** Learning-log sentences by entry kind (OBSERVATION, INSIGHT, SETBACK, DECISION, REFLECTION). */
export const LOG = {
  nb: [
    'Vi så at {obj} fungerte bedre enn ventet i uke {n}.',
    'Innsikt: {target} trenger mer informasjon før oppstart.',
    'Tilbakeslag: {tool} virket ikke på nattestid, vi måtte ringe rundt.',
    'Beslutning: vi utvider til flere avdelinger fra uke {n}.',
    'Refleksjon: vi burde ha tatt med tillitsvalgte tidligere.',
  ],
  nn: [
    'Vi såg at {obj} fungerte betre enn venta i veke {n}.',
    'Innsikt: {target} treng meir informasjon før oppstart.',
    'Tilbakeslag: {tool} verka ikkje om natta, vi måtte ringje rundt.',
    'Avgjerd: vi utvidar til fleire avdelingar frå veke {n}.',
    'Refleksjon: vi burde ha teke med tillitsvalde tidlegare.',
  ],
};
export const LOG_KINDS = ['OBSERVATION', 'INSIGHT', 'SETBACK', 'DECISION', 'REFLECTION'];

export const FIRST_NAMES = [
  'Kari', 'Ola', 'Ingrid', 'Lars', 'Sigrid', 'Knut', 'Marit', 'Per', 'Anne', 'Jon', 'Liv', 'Arne', 'Solveig', 'Bjørn',
  'Hilde', 'Tor', 'Randi', 'Geir', 'Astrid', 'Espen', 'Nora', 'Emil', 'Sofie', 'Jakob', 'Ida', 'Magnus', 'Aisha', 'Ahmed',
  'Maja', 'Mohammed', 'Ingeborg', 'Sindre', 'Åse', 'Øystein', 'Ragnhild', 'Håkon', 'Elin', 'Trond', 'Silje', 'Vegard',
];
export const LAST_NAMES = [
  'Hansen', 'Johansen', 'Olsen', 'Larsen', 'Andersen', 'Pedersen', 'Nilsen', 'Kristiansen', 'Jensen', 'Karlsen',
  'Johnsen', 'Pettersen', 'Eriksen', 'Berg', 'Haugen', 'Hagen', 'Johannessen', 'Andreassen', 'Jacobsen', 'Dahl',
  'Jørgensen', 'Halvorsen', 'Henriksen', 'Lund', 'Sørensen', 'Jakobsen', 'Moen', 'Gundersen', 'Iversen', 'Strand',
  'Solberg', 'Svendsen', 'Eide', 'Knutsen', 'Martinsen', 'Paulsen', 'Bakken', 'Kristoffersen', 'Mathisen', 'Lie',
];
export const PARTNERS: ReadonlyArray<readonly [kind: string, name: string]> = [
  ['CITIZENS', 'Brukerrådet'], ['CITIZENS', 'Eldrerådet'], ['CITIZENS', 'Ungdomsrådet'],
  ['BUSINESS', 'Lokal teknologileverandør AS'], ['BUSINESS', 'Sensorgruppen AS'], ['BUSINESS', 'Nordisk Velferd AS'],
  ['VOLUNTARY_SECTOR', 'Røde Kors'], ['VOLUNTARY_SECTOR', 'Frivilligsentralen'], ['VOLUNTARY_SECTOR', 'Idrettslaget'],
  ['SOCIAL_ENTREPRENEUR', 'Sosialt entreprenørskap SA'], ['OTHER_MUNICIPALITY', 'Nabokommunen'],
  ['STATE', 'NAV fylke'], ['STATE', 'Statsforvalteren'], ['ACADEMIA', 'Nord universitet'], ['ACADEMIA', 'OsloMet'],
  ['ACADEMIA', 'Høgskulen på Vestlandet'], ['ACADEMIA', 'NTNU'], ['OTHER_UNIT', 'Servicetorget'],
];
export const TAGS = [
  'velferdsteknologi', 'tjenestedesign', 'brukermedvirkning', 'digitalisering', 'samskaping', 'klima', 'gevinstrealisering',
  'heimeteneste', 'barnehage', 'frivillighet',
];
export const ACTIONS = ['DARE', 'LEAD', 'LEARN', 'MOBILISE', 'COLLABORATE'];

/** Approximate population of the largest municipalities (by the name before " - "); the rest are drawn. */
export const POPULATION: Record<string, number> = {
  Oslo: 717000, Bergen: 291000, Trondheim: 214000, Stavanger: 149000, Bærum: 130000, Kristiansand: 117000,
  Drammen: 104000, Asker: 98000, Lillestrøm: 92000, Fredrikstad: 84000, Sandnes: 83000, Tromsø: 78000,
  Ålesund: 68000, Sandefjord: 66000, 'Nordre Follo': 62000, Sarpsborg: 59000, Tønsberg: 58000, Skien: 56000,
  Bodø: 53000, Moss: 51000, Larvik: 48000, Lørenskog: 48000, Arendal: 46000, 'Indre Østfold': 46000,
  Karmøy: 43000, Ullensaker: 42000, Haugesund: 38000, Porsgrunn: 37000, Ringsaker: 35000, Molde: 33000,
  Halden: 32000, Hamar: 32000, Gjøvik: 31000, Lillehammer: 29000,
};

/** Share (per cent) of text written in nynorsk, by fylkesnummer. */
export const NYNORSK_SHARE: Record<string, number> = {
  '46': 70, '15': 45, '11': 15, '34': 12, '40': 15, '33': 8, '42': 10,
};
export const NYNORSK_DEFAULT = 3;
