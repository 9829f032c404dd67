// Sort state for a sortable table: which column, which way, and the rows in that order. Column headers
// are buttons and announce the order through aria-sort.
export type SortDirection = 'ascending' | 'descending';

export class TableSort<Key extends string> {
	key = $state<Key>() as Key;
	direction = $state<SortDirection>('descending');

	constructor(key: Key, direction: SortDirection = 'descending') {
		this.key = key;
		this.direction = direction;
	}

	/** Clicking the sorted column flips it; a new column starts with its natural order. */
	toggle(key: Key, natural: SortDirection = 'descending'): void {
		if (this.key === key) this.direction = this.direction === 'ascending' ? 'descending' : 'ascending';
		else {
			this.key = key;
			this.direction = natural;
		}
	}

	ariaSort(key: Key): SortDirection | 'none' {
		return this.key === key ? this.direction : 'none';
	}

	/** Sorts by the value the getter gives for the current column; nulls always last. */
	sorted<Row>(rows: readonly Row[], value: (row: Row, key: Key) => string | number | null): Row[] {
		const sign = this.direction === 'ascending' ? 1 : -1;
		return [...rows].sort((a, b) => {
			const x = value(a, this.key);
			const y = value(b, this.key);
			if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
			return (typeof x === 'string' && typeof y === 'string' ? x.localeCompare(y) : Number(x) - Number(y)) * sign;
		});
	}
}
