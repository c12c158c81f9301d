// A small JSONL archive of invented news stories for the multi-host tests: varied enough that every
// stage has work (names with titles, places, organizations, quotes with speakers, dates), short
// enough that 30 of them annotate in a few seconds. Some carry text that must survive the trip
// through ssh and GNU parallel byte for byte: curly quotes and dashes, accented names, an emoji
// (a surrogate pair: two UTF-16 offsets), CRLF line ends.

const people = [
  ['Ines Moreau', 'Moreau', 'the transport minister'],
  ['Kwame Asante', 'Asante', 'the union leader'],
  ['Zoë Lindqvist', 'Lindqvist', 'a spokeswoman for the port authority'],
  ['Rafael Ortiz', 'Ortiz', 'the city council chairman'],
  ['Hannah Feld', 'Feld', 'an economist at Carrow University'],
  ['Tobias Wren', 'Wren', 'the chief executive of Halden Freight'],
] as const;
const places = ['Marseille', 'Accra', 'Gothenburg', 'Valparaíso', 'Leeds', 'Rotterdam'] as const;
const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'] as const;

type Story = (i: number) => string;

const stories: Story[] = [
  (i) => {
    const [name, surname, role] = people[i % 6]!;
    const place = places[(i + 1) % 6]!;
    return `Rail strike halts trains across ${place}\n\n${name}, ${role}, said on ${days[i % 5]} that talks would resume within a week.\n\n“We are not going to accept a deal that cuts wages,” ${surname} said. Services are expected to return on ${days[(i + 2) % 5]}.`;
  },
  (i) => {
    const [name, surname, role] = people[(i + 2) % 6]!;
    const place = places[i % 6]!;
    return `Port traffic rises for the ${i + 2}th month\n\nCargo handled at the port of ${place} rose 4.${i}% in March, according to figures released by the European Sea Ports Organisation.\n\n${name}, ${role}, called the rise “steady — not spectacular”. ${surname} added that ${i + 3} new cranes would arrive next year.`;
  },
  (i) => {
    const [name, surname] = people[(i + 4) % 6]!;
    const place = places[(i + 3) % 6]!;
    return `Flooding closes schools in ${place}\r\n\r\nHeavy rain forced ${i + 10} schools to close on ${days[(i + 1) % 5]}, the regional government said.\r\n\r\n"The water came up faster than anyone expected," said ${name}, a parent who lives near the river. ${surname} said her street had been cut off since dawn 🌧.`;
  },
  (i) => {
    const [name, surname, role] = people[(i + 1) % 6]!;
    const [other] = people[(i + 3) % 6]!;
    return `Budget vote delayed again\n\nLawmakers postponed the vote on the ${2020 + (i % 6)} budget after ${other} demanded more money for hospitals.\n\n${name}, ${role}, told reporters the delay was “regrettable but necessary”. Asked whether the government would fall, ${surname} said: “No.”`;
  },
  (i) => {
    const [name, surname, role] = people[(i + 5) % 6]!;
    const place = places[(i + 4) % 6]!;
    return `Halden Freight to cut ${100 + i * 7} jobs\n\nHalden Freight, the logistics company based in ${place}, will close two warehouses by the end of the year, ${name}, ${role}, said in a statement on ${days[(i + 3) % 5]}.\n\nThe company blamed falling demand. ${surname} said staff would be offered retraining.`;
  },
];

/** Article i of the archive (i from 0): stories cycle, names and places shift with i. */
export const archiveArticle = (i: number): string => stories[i % stories.length]!(i);

/** `count` JSONL records `{"id", "text"}`, ids `story-0` …, one a line, newline-terminated. */
export const archiveJsonl = (count: number): string[] => Array.from({ length: count }, (_, i) => JSON.stringify({ id: `story-${i}`, text: archiveArticle(i) }));
