/**
 * City names with letters outside ASCII, which is where bought lists lose characters. Used only to
 * restore a city the export mangled beyond decoding ("Bras\xed_lia"): the city is the key of the
 * by-city view, so a city left with U+FFFD in it could never be found by a diner.
 */
export const knownCityNames: readonly string[] = [
  'Brasília', 'São Paulo', 'São Luís', 'Goiânia', 'Florianópolis', 'Belém', 'Maceió', 'Vitória',
  'Cuiabá', 'Ribeirão Preto', 'Niterói', 'Jundiaí', 'Bogotá', 'Medellín', 'Cancún', 'Mérida',
  'Querétaro', 'Zürich', 'Genève', 'Köln', 'München', 'Düsseldorf', 'Malmö', 'Göteborg', 'Kraków',
  'Łódź', 'Gdańsk', 'Poznań', 'Wrocław', 'İstanbul', 'İzmir', 'Eskişehir', 'Reykjavík', 'Montréal',
  'Québec', 'Besançon', 'Nîmes', 'Orléans', 'Córdoba', 'Málaga', 'Cádiz', 'A Coruña', 'Logroño',
  'Linköping', 'Jönköping', 'Tórshavn', 'Ciudad Juárez', 'Asunción', 'Panamá',
];
