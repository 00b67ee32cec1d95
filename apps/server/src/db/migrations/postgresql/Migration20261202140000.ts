import { Migration } from '@mikro-orm/migrations';
import { backfillSortKeys } from '../../backfill-sort-keys.js';

/**
 * Vietnamese sort keys (issue #13 item 5): `name_sort` on organisations and members, filled from
 * the names (backfillSortKeys), with binary collation (the keys order by bytes) and indexed where
 * a list orders by it (children by parent, a subtree's members by cell path). The services, the
 * import and the seed keep it on every write.
 */
export class Migration20261202140000 extends Migration {

  override async up(): Promise<void> {
    await this.execute(`alter table "organization" add column "name_sort" varchar(1000) collate "C" not null default '';`);
    await this.execute(`alter table "member" add column "name_sort" varchar(1000) collate "C" not null default '';`);
    await backfillSortKeys(this);
    await this.execute(`alter table "organization" alter column "name_sort" drop default;`);
    await this.execute(`alter table "member" alter column "name_sort" drop default;`);
    await this.execute(`create index "organization_parent_name_sort_index" on "organization" ("parent_id", "name_sort");`);
    await this.execute(`create index "member_org_path_name_sort_index" on "member" ("org_path", "name_sort");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "member_org_path_name_sort_index";`);
    this.addSql(`drop index if exists "organization_parent_name_sort_index";`);
    this.addSql(`alter table "member" drop column "name_sort";`);
    this.addSql(`alter table "organization" drop column "name_sort";`);
  }

}
