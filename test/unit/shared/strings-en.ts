/** `fact-context:strings-en` for tests: the English tables made from _locales/en as the build makes them (build/strings-en.ts). */
import messages from '../../../assets/_locales/en/messages.json';
import { englishTables } from '../../../build/strings-en';

const tables = englishTables(messages);
export const card = tables.card;
export const panel = tables.panel;
