/**
 * The portfolio table's sort orders. A list sorted again and again (the projects page, at every
 * click on a column) works out each row's place by a column once, comparing the words with the
 * zh-CN collator, which is slow; every later sort of the list, or of any part of it, by that
 * column compares numbers only. The API sorts with the same code, so both list the same order.
 */
import { projectLevels, projectStageRank, type ProjectLevel } from './model';
import type { ProjectRow } from './projectRow';

export const projectSortKeys = [
  'id',
  'name',
  'level',
  'status',
  'leadDepartment',
  'startedOn',
  'plannedAnnualInvestment',
  'investedToDate',
] as const;
export type ProjectSortKey = (typeof projectSortKeys)[number];
export type SortOrder = 'asc' | 'desc';

const nameCollator = new Intl.Collator('zh-CN', { numeric: true });

const levelRank = Object.fromEntries(projectLevels.map((level, i) => [level, i])) as Record<
  ProjectLevel,
  number
>;

/** What a column sorts by: a number, or words in the collator's order; null is a blank. */
const sortValue: Record<ProjectSortKey, (row: ProjectRow) => string | number | null> = {
  id: (row) => row.id,
  name: (row) => row.name,
  level: (row) => levelRank[row.level],
  status: (row) => projectStageRank[row.status],
  leadDepartment: (row) => row.leadDepartment,
  startedOn: (row) => row.startedOn,
  plannedAnnualInvestment: (row) => row.plannedAnnualInvestment,
  investedToDate: (row) => row.investedToDate,
};

/** A blank's place: after every value, whichever the order. */
const blank = Number.NaN;

/**
 * Each row's place by a column: its number, or for words the place of the word among the
 * list's words (words the collator holds equal share a place). Blanks are NaN.
 */
function placesBy(list: readonly ProjectRow[], key: ProjectSortKey): Float64Array {
  const values = list.map(sortValue[key]);
  const places = new Float64Array(values.length);
  const words = [...new Set(values.filter((value) => typeof value === 'string'))].sort(nameCollator.compare);
  const wordPlace = new Map<string, number>();
  words.forEach((word, i) => {
    const previous = words[i - 1];
    const place =
      previous !== undefined && nameCollator.compare(previous, word) === 0 ? wordPlace.get(previous)! : i;
    wordPlace.set(word, place);
  });
  values.forEach((value, i) => {
    places[i] = value === null ? blank : typeof value === 'number' ? value : wordPlace.get(value)!;
  });
  return places;
}

/** Each row's place by id as the ties are broken: code unit by code unit. */
function idPlaces(list: readonly ProjectRow[]): Float64Array {
  const byId = list
    .map((row, i) => ({ id: row.id, i }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const places = new Float64Array(list.length);
  byId.forEach(({ i }, place) => {
    places[i] = place;
  });
  return places;
}

export interface PortfolioSorter {
  /**
   * Rows of the list sorted by the column (id when none): blanks always last, ties by id.
   * A new array.
   */
  sort(rows: readonly ProjectRow[], key?: ProjectSortKey, order?: SortOrder): ProjectRow[];
  /** Sorts the whole list by the column now, so that the first sort by it is as quick as the next. */
  prepare(key: ProjectSortKey, order?: SortOrder): void;
}

/**
 * Sorts the rows of `list` (a list never changed once built). The whole list is sorted once by
 * each column and order asked for; any part of it is then sorted by walking that order and
 * keeping its rows, with no comparison at all.
 */
export function portfolioSorter(list: readonly ProjectRow[]): PortfolioSorter {
  const positions = new Map<ProjectRow, number>();
  list.forEach((row, i) => positions.set(row, i));
  let tiePlaces: Float64Array | undefined;
  const placesByKey = new Map<ProjectSortKey, Float64Array>();
  const sortedBy = new Map<string, Int32Array>();

  /** The positions in the list of its rows, in the order. */
  const sortedPositions = (key: ProjectSortKey, order: SortOrder): Int32Array => {
    let sorted = sortedBy.get(`${key} ${order}`);
    if (sorted) return sorted;
    let value = placesByKey.get(key);
    if (!value) {
      value = placesBy(list, key);
      placesByKey.set(key, value);
    }
    const tie = (tiePlaces ??= idPlaces(list));
    const direction = order === 'asc' ? 1 : -1;
    const place = value;
    sorted = Int32Array.from(list.keys()).sort((a, b) => {
      const x = place[a]!;
      const y = place[b]!;
      const xBlank = Number.isNaN(x);
      const yBlank = Number.isNaN(y);
      if (xBlank || yBlank) return xBlank && yBlank ? tie[a]! - tie[b]! : xBlank ? 1 : -1;
      return direction * (x - y) || tie[a]! - tie[b]!;
    });
    sortedBy.set(`${key} ${order}`, sorted);
    return sorted;
  };

  return {
    sort(rows, key = 'id', order = 'asc') {
      // How many times each row of the list is among the rows to sort.
      const times = new Uint32Array(list.length);
      for (const row of rows) {
        const position = positions.get(row);
        if (position === undefined) return portfolioSorter(rows).sort(rows, key, order);
        times[position]! += 1;
      }
      const sorted: ProjectRow[] = [];
      for (const position of sortedPositions(key, order))
        for (let n = times[position]!; n > 0; n -= 1) sorted.push(list[position]!);
      return sorted;
    },
    prepare(key, order = 'asc') {
      sortedPositions(key, order);
    },
  };
}

/** Sorted by the key (id when none); blanks always last; ties by id. A new array. */
export function sortProjectRows(
  rows: readonly ProjectRow[],
  key: ProjectSortKey = 'id',
  order: SortOrder = 'asc',
): ProjectRow[] {
  return portfolioSorter(rows).sort(rows, key, order);
}
