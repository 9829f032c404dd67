// What a key press does in a council combobox with its suggestions showing (the ARIA combobox pattern):
// the arrows move the active option round the list, Enter picks the active one, Escape closes the list.
// Shared by the pickers so every council field answers the keyboard the same way.

export type ComboboxKeyAction = { move: number } | { pick: number } | { close: true } | null;

/** `count` suggestions are showing and option `active` is highlighted (-1: none). Null: let the key through. */
export function comboboxKey(key: string, count: number, active: number): ComboboxKeyAction {
	if (count === 0) return null;
	if (key === 'ArrowDown') return { move: (active + 1) % count };
	if (key === 'ArrowUp') return { move: active <= 0 ? count - 1 : active - 1 };
	if (key === 'Enter' && active >= 0) return { pick: active };
	if (key === 'Escape') return { close: true };
	return null;
}
