/**
 * Dates as readers read them: the ISO value at its precision ("2017", "2017-03",
 * "2017-03-21") written out in the article's English ("2017", "March 2017", "21 March 2017").
 */
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export function formatDate(value: string): string {
  const [year, month, day] = value.split('-');
  const name = month ? MONTHS[Number(month) - 1] : undefined;
  if (!name) return year ?? value;
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}
