import { Migration } from '@mikro-orm/migrations';

/**
 * The provinces list (issue #14 §1): `kind = 'PROVINCIAL_COMMITTEE'` ordered by name_sort
 * (binary collation), then id, sought on this index instead of a scan of every organisation
 * (about 300,000 in the country).
 */
export class Migration20261202172223 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "organization_kind_name_sort_index" on "organization" ("kind", "name_sort", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "organization_kind_name_sort_index";`);
  }

}
