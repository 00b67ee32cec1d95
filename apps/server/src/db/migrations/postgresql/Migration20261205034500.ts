import { Migration } from '@mikro-orm/migrations';
import { FILL_YEAR_BANDS } from '../../year-band-fill.js';

/** subtree_count's YEAR_BAND rows, filled from its BIRTH_YEAR rows (the same SQL on both databases: year-band-fill.ts). */
export class Migration20261205034500 extends Migration {
  override async up(): Promise<void> {
    for (const sql of FILL_YEAR_BANDS) this.addSql(sql);
  }

  override async down(): Promise<void> {
    this.addSql(`delete from subtree_count where dimension = 'YEAR_BAND'`);
  }
}
