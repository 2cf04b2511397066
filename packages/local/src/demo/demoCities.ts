export interface DemoCity {
  name: string;
  country: string;
  centre: { lat: number; lon: number };
  localities: string[];
  streetWords: string[];
  streetKinds: string[];
  currency: string;
  /** Typical cost for two at price range 1; higher ranges scale it. */
  baseCostForTwo: number;
  phonePrefix: string;
}

/** Where the demo restaurants are. City facts are real; every restaurant and street is invented. */
export const demoCities: DemoCity[] = [
  {
    name: 'Lisbon', country: 'Portugal', centre: { lat: 38.7223, lon: -9.1393 },
    localities: ['Alfama', 'Baixa', 'Bairro Alto', 'Belém', 'Príncipe Real'],
    streetWords: ['das Laranjeiras', 'do Miradouro', 'dos Pescadores', 'da Saudade', 'do Farol'], streetKinds: ['Rua', 'Travessa', 'Largo'],
    currency: 'EUR', baseCostForTwo: 25, phonePrefix: '+351 21',
  },
  {
    name: 'Melbourne', country: 'Australia', centre: { lat: -37.8136, lon: 144.9631 },
    localities: ['Fitzroy', 'Carlton', 'Collingwood', 'St Kilda', 'Brunswick'],
    streetWords: ['Wattle', 'Magpie', 'Banksia', 'Tram', 'Laneway'], streetKinds: ['Street', 'Lane', 'Place'],
    currency: 'AUD', baseCostForTwo: 40, phonePrefix: '+61 3',
  },
  {
    name: 'Toronto', country: 'Canada', centre: { lat: 43.6532, lon: -79.3832 },
    localities: ['Kensington Market', 'Leslieville', 'The Annex', 'Yorkville', 'Roncesvalles'],
    streetWords: ['Maple', 'Lakeshore', 'Birchmount', 'Cedarvale', 'Harbour'], streetKinds: ['Street', 'Avenue', 'Crescent'],
    currency: 'CAD', baseCostForTwo: 35, phonePrefix: '+1 416',
  },
  {
    name: 'Austin', country: 'United States', centre: { lat: 30.2672, lon: -97.7431 },
    localities: ['South Congress', 'East Austin', 'Hyde Park', 'Zilker', 'Mueller'],
    streetWords: ['Pecan', 'Bluebonnet', 'Live Oak', 'Mesquite', 'Armadillo'], streetKinds: ['Street', 'Drive', 'Boulevard'],
    currency: 'USD', baseCostForTwo: 30, phonePrefix: '+1 512',
  },
  {
    name: 'Edinburgh', country: 'United Kingdom', centre: { lat: 55.9533, lon: -3.1883 },
    localities: ['Leith', 'Old Town', 'Stockbridge', 'Bruntsfield', 'New Town'],
    streetWords: ['Thistle', 'Heather', 'Castle', 'Quarry', 'Kirk'], streetKinds: ['Street', 'Close', 'Wynd'],
    currency: 'GBP', baseCostForTwo: 28, phonePrefix: '+44 131',
  },
];
