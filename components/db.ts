import { CribaDB } from '../lib/db/database';

/** The one database handle of an extension page. */
export const db = new CribaDB();
