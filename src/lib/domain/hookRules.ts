// The app's rules that PocketBase's hooks enforce too, so the REST API is held to exactly what the app
// says: bundled by scripts/lib/hookBundle.ts into pb_hooks/generated/rules.js (the password rule into passwords.js).
export { controlCharacter, controlCharacterReason } from './controlCharacter.ts';
export { describeDraftProblems, validateDraft } from './validateDraft.ts';
