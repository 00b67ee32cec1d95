import { Migration } from '@mikro-orm/migrations';

// Written by hand: MikroORM 6 folds this index change into a table rebuild on SQLite.
export class Migration20261121094314 extends Migration {
  override async up(): Promise<void> {
    this.addSql('drop index `member_org_path_index`;');
    this.addSql('create index `member_org_path_index` on `member` (`org_path`, `status`, `gender`, `birth_date`);');
  }

  override async down(): Promise<void> {
    this.addSql('drop index `member_org_path_index`;');
    this.addSql('create index `member_org_path_index` on `member` (`org_path`, `status`);');
  }
}
