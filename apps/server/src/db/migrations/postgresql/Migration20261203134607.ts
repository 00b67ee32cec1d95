import { Migration } from '@mikro-orm/migrations';

/** Issue #12 (import speed): member_root_birth_index leads with root_id and serves its lookups. */
export class Migration20261203134607 extends Migration {

  override async up(): Promise<void> {

    this.addSql(`drop index "member_root_id_index";`);

  }

  override async down(): Promise<void> {
    this.addSql(`create index "member_root_id_index" on "member" ("root_id");`);


  }

}
