// The one error the geo pipeline throws for bad input: it names the file and, where there is one, the code,
// so build.ts can print a single actionable line instead of a stack trace.

export class GeoInputError extends Error {
	readonly file: string;
	readonly code: string | null;

	constructor(file: string, message: string, code: string | null = null) {
		super(`${file}: ${message}`);
		this.name = 'GeoInputError';
		this.file = file;
		this.code = code;
	}
}
