// A text field of a posted form: a file sent under a text field's name, or a missing field, reads as ''
// (String() would turn a file into "[object File]" and pass it on as typed text).
export function formText(form: FormData, name: string): string {
	const value = form.get(name);
	return typeof value === 'string' ? value : '';
}
