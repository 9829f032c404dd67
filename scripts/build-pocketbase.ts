// `npm run build:pb`: builds the PocketBase launcher now (npm start and npm test build it on demand too).
import { buildPocketBase, pocketBaseBinary } from './lib/binary.ts';
import { ConfigError } from './lib/config.ts';

try {
	buildPocketBase();
	console.log(`PocketBase ready: ${pocketBaseBinary()}`);
} catch (error) {
	if (!(error instanceof ConfigError)) throw error;
	console.error(error.message);
	process.exit(2);
}
