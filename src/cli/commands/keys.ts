import type { Command } from 'commander';
import { cliActor } from '../../domain/actor.js';
import { RapError } from '../../domain/errors.js';
import { createFieldCipher, generateKey } from '../../security/field-cipher.js';
import { loadKeys, withNewKey, writeKeyFile } from '../../security/keyring-config.js';
import { rotateSealedValues } from '../../services/key-rotation.js';
import { withDatabase } from '../open-database.js';

export function register(program: Command): void {
  const keys = program.command('keys').description('the key that encrypts confidential fields (RAPPORTEUR_KEY or RAPPORTEUR_KEY_FILE)');

  keys
    .command('generate')
    .description('print a new random key in base64, for RAPPORTEUR_KEY')
    .action(() => {
      process.stdout.write(`${generateKey().toString('base64')}\n`);
    });

  keys
    .command('rotate')
    .description('re-encrypt every confidential field with a new key (key file: a new key is made; RAPPORTEUR_KEY: put the new key first, then run this)')
    .option('--retire-old', 'remove the old keys from the key file once nothing uses them (backups made before need them)')
    .action(async (o: { retireOld?: boolean }) => {
      const source = loadKeys();
      let keyring = source.keyring;
      if (source.file) {
        keyring = withNewKey(keyring);
        // The new key is written before anything is sealed with it: an interruption loses no key.
        writeKeyFile(source.file, keyring);
        process.stderr.write(`keys: new key ${keyring.current} written to ${source.file}\n`);
      } else if (keyring.keys.size === 1) {
        process.stderr.write(`keys: RAPPORTEUR_KEY holds one key (${keyring.current}); values under other keys cannot be opened. To rotate, set RAPPORTEUR_KEY to "new-id:NEWKEY,${keyring.current}:OLDKEY" and run this again.\n`);
      }
      const cipher = createFieldCipher(keyring);
      const report = await withDatabase((db) =>
        rotateSealedValues(db, cipher, cliActor('keys rotate'), (column, done) => {
          if (process.stderr.isTTY) process.stderr.write(`\rkeys rotate: ${column}: ${done} re-encrypted\x1b[K`);
        }),
      );
      if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
      for (const [column, n] of Object.entries(report.resealed)) process.stdout.write(`${column}: ${n} re-encrypted\n`);
      if (report.remaining > 0) {
        throw new RapError('RAP_ERR_KEY', `${report.remaining} values are still under an old key (written by a server started before the rotation?): restart the servers and run \`rapporteur keys rotate\` again`);
      }
      process.stdout.write(`Every confidential value is now encrypted with key ${keyring.current}.\n`);
      if (source.file && o.retireOld) {
        writeKeyFile(source.file, { current: keyring.current, keys: new Map([[keyring.current, keyring.keys.get(keyring.current)!]]) });
        process.stdout.write(`Old keys removed from ${source.file}.\n`);
      } else if (keyring.keys.size > 1) {
        process.stdout.write('Old keys are kept so that backups made before still open; restart running servers so they seal with the new key.\n');
      }
    });
}
