/**
 * A second process for the lock tests: opens the database in the directory given, prints
 * `ready <pid>`, and holds it until its stdin closes.   node --import tsx hold-database.ts DIR
 */
import { openDatabase } from '../../src/store/database.js';

const db = await openDatabase({ dataDir: process.argv[2]! });
process.stdout.write(`ready ${process.pid}\n`);
process.stdin.resume();
process.stdin.on('end', () => {
  void db.close().then(() => process.exit(0));
});
