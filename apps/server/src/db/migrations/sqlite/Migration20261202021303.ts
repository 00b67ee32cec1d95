import { Migration } from '@mikro-orm/migrations';

export class Migration20261202021303 extends Migration {

  // Written by hand: MikroORM's SQLite diff does not see the new column (app_user.created_by_id).
  override async up(): Promise<void> {
    this.addSql(`alter table \`app_user\` add column \`created_by_id\` integer null;`);
  }

}
