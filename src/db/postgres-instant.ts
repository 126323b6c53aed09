/**
 * How PostgreSQL writes a timestamptz when the session's zone is UTC (DateStyle ISO, its default): a four-digit year,
 * up to six decimals of the second without trailing zeros, and "+00".
 */
const UTC_TEXT = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})(\.\d{1,6})?\+00$/;

/**
 * A reader of PostgreSQL's text for an instant as the ISO string this layer hands out (`toISOString`, milliseconds
 * cut as pg cuts them). A query that reads thousands of instants (the recruitment calendar reads 3,500) spent more
 * time in pg's own parser, a Date and `toISOString` for each, than in anything else of its own; text in UTC is
 * rewritten as it stands, and any other (another zone, a year past 9999, BC, infinity) goes through `parseDate` as
 * before.
 */
export function postgresInstantToIso(parseDate: (value: string) => Date): (value: string) => string {
  return (value) => {
    const match = UTC_TEXT.exec(value);
    if (!match) return parseDate(value).toISOString();
    // pg's parser: 1000 × the fraction, whole milliseconds kept (Date.UTC drops the rest).
    const milliseconds = match[3] === undefined ? 0 : Math.trunc(1000 * Number.parseFloat(match[3]));
    return `${match[1]}T${match[2]}.${String(milliseconds).padStart(3, '0')}Z`;
  };
}
