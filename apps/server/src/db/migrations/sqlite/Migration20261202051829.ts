import { Migration } from '@mikro-orm/migrations';

/** Hand-written: MikroORM's SQLite diff proposed nothing for the new nullable column. */
export class Migration20261202051829 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`app_session\` add column \`reads_primary_until\` datetime null;`);
  }

}
